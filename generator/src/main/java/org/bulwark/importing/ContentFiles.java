package org.bulwark.importing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.bulwark.load.ContentSchemas;

/**
 * Spells a {@link Draft} as the files of a content folder (SPEC §3), with the editor schemas
 * beside them and a schema hint at the top of every YAML file. Same draft, same bytes.
 */
public final class ContentFiles {
    private ContentFiles() {}

    /** Path relative to the content folder (with '/') to the file's text, in path order. */
    public static SortedMap<String, String> of(Draft draft) {
        SortedMap<String, String> files = new TreeMap<>(ContentSchemas.files());
        files.put("standard.yaml", ContentSchemas.hint("standard.yaml", ContentSchemas.STANDARD)
                + YamlText.of(standard(draft.standard())));
        for (Draft.Area a : draft.areas()) {
            files.put("areas/" + a.id() + ".md", area(a));
        }
        for (Draft.Control c : draft.controls()) {
            String path = "controls/" + c.folder() + "/" + c.id() + ".yaml";
            files.put(path, ContentSchemas.hint(path, ContentSchemas.CONTROL) + YamlText.of(control(c)));
        }
        return files;
    }

    private static ObjectNode standard(Draft.Standard s) {
        ObjectNode n = YamlText.mapping();
        n.put("id", s.id());
        n.put("title", s.title());
        n.put("version", s.version());
        s.owner().ifPresent(o -> n.put("owner", o));
        s.effective().ifPresent(e -> n.put("effective", e));
        s.provider().ifPresent(p -> n.put("provider", p));
        putMarkdown(n, "summary", s.summary());
        if (!s.frameworks().isEmpty()) {
            ArrayNode list = n.putArray("frameworks");
            for (Draft.Framework f : s.frameworks()) {
                ObjectNode fw = list.addObject().put("id", f.id()).put("title", f.title());
                f.url().ifPresent(u -> fw.put("url", u));
            }
        }
        return n;
    }

    private static String area(Draft.Area a) {
        ObjectNode n = YamlText.mapping();
        n.put("title", a.title());
        n.put("order", a.order());
        if (!a.summary().isBlank()) n.put("summary", a.summary().strip());
        if (!a.topics().isEmpty()) {
            ArrayNode list = n.putArray("topics");
            for (Draft.Topic t : a.topics()) list.addObject().put("id", t.id()).put("title", t.title());
        }
        return "---\n" + YamlText.of(n) + "---\n" + YamlText.markdown(a.body());
    }

    private static ObjectNode control(Draft.Control c) {
        ObjectNode n = YamlText.mapping();
        n.put("id", c.id());
        n.put("title", c.title());
        n.put("area", c.area());
        put(n, "topic", c.topic());
        put(n, "level", c.level());
        put(n, "severity", c.severity());
        put(n, "responsibility", c.responsibility());
        put(n, "status", c.status());
        put(n, "owner", c.owner());
        put(n, "reviewed", c.reviewed());
        putMarkdown(n, "statement", c.statement());
        if (!c.requirements().isEmpty()) {
            ArrayNode list = n.putArray("requirements");
            for (Draft.Requirement r : c.requirements()) {
                list.addObject().put("id", r.id()).put("text", YamlText.markdown(r.text()));
            }
        }
        putMarkdown(n, "rationale", c.rationale());
        putMarkdown(n, "guidance", c.guidance());
        if (c.references().stream().anyMatch(r -> !r.identifiers().isEmpty())) {
            ObjectNode refs = n.putObject("references");
            for (Draft.Citation r : c.references()) {
                if (!r.identifiers().isEmpty()) strings(refs.putArray(r.framework()), r.identifiers());
            }
        }
        if (!c.related().isEmpty()) strings(n.putArray("related"), c.related());
        if (!c.aliases().isEmpty()) strings(n.putArray("aliases"), c.aliases());
        put(n, "superseded_by", c.supersededBy());
        return n;
    }

    private static void put(ObjectNode n, String key, Optional<String> value) {
        value.ifPresent(v -> n.put(key, v));
    }

    private static void putMarkdown(ObjectNode n, String key, String text) {
        String md = YamlText.markdown(text);
        if (!md.isEmpty()) n.put(key, md);
    }

    private static void strings(ArrayNode list, List<String> values) {
        values.forEach(list::add);
    }
}
