package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bulwark.link.Index;
import org.bulwark.model.Term;

/** The model of the glossary: every term in alphabetical order, its anchor and definition. */
final class GlossaryPage {
    private GlossaryPage() {}

    static Map<String, Object> model(PageContext context, Route route) {
        Map<String, Object> m = context.base(route, "Glossary");
        List<Term> terms = new ArrayList<>(context.index().content().glossary());
        terms.sort((a, b) -> a.term().compareToIgnoreCase(b.term()));
        List<Object> list = new ArrayList<>();
        for (Term t : terms) {
            list.add(map("term", t.term(), "anchor", Index.termAnchor(t.term()),
                    "html", context.rendered().of(t.definition()).html(), "aliases", t.aliases()));
        }
        m.put("terms", list);
        return m;
    }
}
