package org.bulwark.render;

import static org.bulwark.render.Data.map;

import java.util.Map;
import org.bulwark.link.Urls;
import org.bulwark.model.Page;

/** The model of a free page of the standard ({@code pages/*.md}), with its neighbours on the reading path. */
final class ContentPage {
    private ContentPage() {}

    static Map<String, Object> model(PageContext context, Route route, Page p) {
        RenderedContent rendered = context.rendered();
        Map<String, Object> m = context.base(route, p.title());
        Fragment body = rendered.of(p.body());
        m.put("page", map("id", p.id(), "title", p.title(), "summary", rendered.of(p.summary()).html()));
        m.put("body", body.html());
        m.put("toc", PageContext.headings(body));
        p.next().flatMap(n -> context.index().page(n.id())).ifPresent(n -> m.put("next", map("title", n.title(),
                "url", Urls.page(n.id()))));
        previous(context, p).ifPresent(prev -> m.put("previous", map("title", prev.title(), "url", Urls.page(prev.id()))));
        return m;
    }

    /** The page whose next is {@code p}. */
    static java.util.Optional<Page> previous(PageContext context, Page p) {
        return previous(context.index().content().pages(), p);
    }

    static java.util.Optional<Page> previous(java.util.List<Page> pages, Page p) {
        return pages.stream().filter(o -> o.next().map(n -> n.id().equals(p.id())).orElse(false)).findFirst();
    }
}
