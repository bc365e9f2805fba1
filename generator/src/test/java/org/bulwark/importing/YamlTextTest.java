package org.bulwark.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.bulwark.diag.Diagnostics;
import org.bulwark.diag.SourcePosition;
import org.bulwark.load.YamlNode;
import org.bulwark.load.YamlReader;
import org.junit.jupiter.api.Test;

/** What the importers write reads back as the same strings: nothing turns into a number, a boolean or null. */
class YamlTextTest {
    private static final List<String> TRICKY = List.of("yes", "No", "ON", "off", "y", "n", "true", "False", "null",
            "~", "NaN", ".inf", "1.10", "10", "0x1F", "0o17", "1e3", "+1", "1_000", "2020-01-01", "12:30",
            "@x", "- a", "a: b", "#c", "a #b", "", " lead", "trail ", "'q'", "\"dq\"", "*alias", "&anchor", "!tag",
            "%d", "`tick", "|", ">", "[x]", "{y}", "?", "AC-2(1)", "Claim 1.4.2", "ünïcödé", "tab\there",
            "bell\u0007", "=SUM(A1)", "multi\nline\n", "  indented\nfirst\n", "x\n\n\ny\n", "trail \nspace\n",
            "ends without newline\nsecond");

    @Test
    void everyStringReadsBackAsTheSameString() {
        ObjectNode n = YamlText.mapping();
        for (int i = 0; i < TRICKY.size(); i++) n.put("k" + i, TRICKY.get(i));
        n.putArray("list").add("1.10").add("yes").add("AC-1");
        String yaml = YamlText.of(n);
        Diagnostics d = new Diagnostics();
        YamlNode root = new YamlReader().read(SourcePosition.of(Path.of("t.yaml")).at(1, 1), yaml, d).orElseThrow();
        assertFalse(d.hasErrors(), () -> d.sorted() + "\n" + yaml);
        YamlNode.Mapping m = (YamlNode.Mapping) root;
        for (int i = 0; i < TRICKY.size(); i++) {
            YamlNode.Scalar s = (YamlNode.Scalar) m.get("k" + i);
            assertEquals(YamlNode.Scalar.Kind.STRING, s.kind(), "k" + i + " = " + TRICKY.get(i) + "\n" + yaml);
            assertEquals(TRICKY.get(i), s.text(), "k" + i + "\n" + yaml);
        }
        List<YamlNode> list = ((YamlNode.Sequence) m.get("list")).items();
        assertEquals(List.of("1.10", "yes", "AC-1"), list.stream().map(x -> ((YamlNode.Scalar) x).text()).toList());
    }

    @Test
    void plainWhereThatIsSafeAndLiteralBlocksForText() {
        ObjectNode n = YamlText.mapping();
        n.put("id", "AC-2(1)").put("title", "Account Management").put("version", "5.0.1")
                .put("statement", YamlText.markdown("Do this.\r\n\r\nThen that."));
        assertEquals("id: AC-2(1)\ntitle: Account Management\nversion: \"5.0.1\"\nstatement: |\n  Do this.\n\n"
                + "  Then that.\n", YamlText.of(n));
        assertTrue(YamlText.markdown("  \n").isEmpty());
    }
}
