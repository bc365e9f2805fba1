package org.bulwark.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** How the parser finds {@code [[...]]}: what it takes as a reference, and what it leaves as text. */
class CrossReferenceSyntaxTest {
    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create(), CrossReferenceSyntax.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** The inline content as text, each reference as {target@column}, code as `code`. */
    private String parse(String markdown) {
        StringBuilder sb = new StringBuilder();
        parser.parse(markdown).accept(new AbstractVisitor() {
            @Override public void visit(Text t) { sb.append(t.getLiteral()); }
            @Override public void visit(Code c) { sb.append('`').append(c.getLiteral()).append('`'); }

            @Override
            public void visit(CustomNode n) {
                if (n instanceof CrossReference r) {
                    sb.append('{').append(r.target()).append('@').append(r.span().getColumnIndex() - 1).append('}');
                } else {
                    visitChildren(n);
                }
            }
        });
        return sb.toString();
    }

    private List<CrossReference> references(String markdown) {
        List<CrossReference> out = new ArrayList<>();
        Node doc = parser.parse(markdown);
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode n) {
                if (n instanceof CrossReference r) out.add(r);
                else visitChildren(n);
            }
        });
        return out;
    }

    @Test
    void takesEveryFormAtItsFirstBracket() {
        assertEquals("See {IAM-01@4} now.", parse("See [[IAM-01]] now."));
        assertEquals("{IAM-01#evidence@0} {service:s3@20} {term:least privilege@35}",
                parse("[[IAM-01#evidence]] [[service:s3]] [[term:least privilege]]"));
        assertEquals("{IAM-01|the first control@0}", parse("[[IAM-01|the first control]]"));
        assertEquals("{framework:nist-800-53#IA-2(1)@0}", parse("[[framework:nist-800-53#IA-2(1)]]"));
    }

    @Test
    void findsReferencesInListsQuotesAndTables() {
        assertEquals("a {A-1@4}b {B-2@4}", parse("- a [[A-1]]\n  b [[B-2]]"));
        assertEquals("quoted {A-1@9}", parse("> quoted [[A-1]]"));
        assertEquals("abcell {A-1@7}d", parse("| a | b |\n|---|---|\n| cell [[A-1]] | d |"));
    }

    @Test
    void leavesCodeAndWhatIsNotAReferenceAsWritten() {
        assertEquals("`[[A-1]]`", parse("`[[A-1]]`"));
        assertEquals("[[]]", parse("[[]]"));
        assertEquals("[[a]b]]", parse("[[a]b]]"));
        assertEquals("[A-1]", parse("[A-1]"));
        assertEquals("[[A-1] ]", parse("[[A-1] ]"));
        String tooLong = "x".repeat(CrossReferenceSyntax.MAX_LENGTH + 1);
        assertEquals("[[" + tooLong + "]]", parse("[[" + tooLong + "]]"));
        assertEquals(1, references("[[" + "x".repeat(CrossReferenceSyntax.MAX_LENGTH) + "]]").size());
        assertEquals(0, references("[[IAM-\n01]]").size(), "one line only");
    }

    @Test
    void extraBracketsStayAroundTheReference() {
        assertEquals("[{X-1@1}]", parse("[[[X-1]]]"));
        assertEquals("!{X-1@1}", parse("![[X-1]]"));
    }

    /** A reference is a link, and links do not nest: one in a link's text leaves that link as text. */
    @Test
    void aReferenceInsideLinkTextMakesTheLinkText() {
        assertEquals("[see {IAM-01@5} there](u)", parse("[see [[IAM-01]] there](u)"));
        // an image may hold links in its description: it stays an image
        Node doc = parser.parse("![alt [[IAM-01]]](/x.png)");
        assertEquals(org.commonmark.node.Image.class, doc.getFirstChild().getFirstChild().getClass());
        // brackets that are a link of their own stay one
        assertEquals("[IAM-01]", parse("[[IAM-01]](u)"));
        assertEquals(0, references("[[IAM-01]](u)").size());
    }

    @Test
    void anEscapedBracketStillOpensAReference() {
        assertEquals("{IAM-01@1}", parse("\\[[IAM-01]]"));
    }

    @Test
    void knowsWhereTheWholeReferenceIs() {
        String source = "Intro.\n\nSee [[IAM-01|it]] there.";
        CrossReference r = references(source).get(0);
        assertEquals("[[IAM-01|it]]", source.substring(r.start(), r.end()));
        assertEquals(r.raw(), source.substring(r.start(), r.end()));
        assertEquals(2, r.span().getLineIndex());
    }
}
