package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulwark.link.Crosswalk;
import org.bulwark.link.Urls;
import org.bulwark.link.VerificationRefs;
import org.bulwark.model.Control;
import org.bulwark.model.Framework;
import org.bulwark.model.VerificationMethod;

/**
 * The model of the verification index: per method (AWS Config rules, Security Hub controls, CLI
 * checks, ...), every ref the listed controls verify with, anchored, with the controls using it;
 * a ref that is a framework's identifier links to its cross-walk row too. What a reader holding
 * a finding's rule name looks up, and where search sends them. A ref used by more controls than a
 * cross-walk row lists ({@link FrameworkPage#INLINE_CITATIONS}) links to a page of its own
 * listing them, so the index stays small however many controls share one check.
 */
final class VerificationPage {
    private VerificationPage() {}

    static boolean ownPage(List<Control> using) {
        return FrameworkPage.ownPage(using);
    }

    static Map<String, Object> model(PageContext context, Route route) {
        Map<String, Object> m = context.base(route, "Verification index");
        VerificationRefs refs = context.verification();
        List<Object> methods = new ArrayList<>();
        int total = 0;
        for (VerificationMethod method : refs.methods()) {
            Optional<Framework> fw = context.index().frameworkVerifiedBy(method);
            List<Object> rows = new ArrayList<>();
            for (Map.Entry<String, List<Control>> e : refs.refs(method).entrySet()) {
                String ref = e.getKey();
                String crosswalk = fw.filter(f -> context.crosswalk().entries(f.id()).containsKey(ref))
                        .map(f -> Crosswalk.url(f.id(), ref)).orElse("");
                boolean own = ownPage(e.getValue());
                rows.add(map("ref", ref, "anchor", VerificationRefs.anchor(method, ref), "crosswalk", crosswalk,
                        "count", e.getValue().size(), "url", own ? Urls.verificationRef(method.keyword(), ref) : "",
                        "controls", own ? List.of() : context.summaries(e.getValue())));
            }
            total += rows.size();
            methods.add(map("id", method.keyword(), "title", method.plural(), "refs", rows,
                    "framework", fw.map(f -> map("title", f.title(), "url", Urls.framework(f.id()))).orElse(null)));
        }
        m.put("methods", methods);
        m.put("total", total);
        return m;
    }

    /** Page {@code route.number()} of the controls verifying with one ref. */
    static Map<String, Object> ref(PageContext context, Route route, VerificationMethod method, String ref) {
        List<Control> using = context.verification().refs(method).getOrDefault(ref, List.of());
        Pagination pages = new Pagination(Urls.verificationRef(method.keyword(), ref), route.number(), using.size(),
                Pagination.PAGE_SIZE);
        Map<String, Object> m = context.base(route, ref + " · " + method.title() + PageContext.pageSuffix(pages));
        m.put("breadcrumbs", List.of(map("title", "Verification index", "url", Urls.verification())));
        m.put("crumb", route.number() == 1 ? ref : ref + ", " + PageContext.crumb(pages).toLowerCase(java.util.Locale.ROOT));
        m.put("method", map("id", method.keyword(), "title", method.title()));
        m.put("ref", map("id", ref, "indexUrl", VerificationRefs.url(method, ref)));
        m.put("controls", context.summaries(pages.slice(using)));
        m.put("count", using.size());
        m.put("pager", pages.model());
        return m;
    }
}
