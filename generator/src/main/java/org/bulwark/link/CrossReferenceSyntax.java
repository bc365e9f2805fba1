package org.bulwark.link;

import org.commonmark.Extension;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

/**
 * The {@code [[...]]} syntax of SPEC §3 for commonmark: the parser makes each one a {@link
 * CrossReference} node, to be resolved against the standard afterwards ({@link
 * CrossReferenceLinker}). Syntax only: the parser built with it is the same for every fragment.
 *
 * <p>commonmark hands every {@code [} to its own bracket parsing before any custom inline parser,
 * so the reference is taken where brackets are decided, by a {@link LinkProcessor}: when the
 * inner {@code [IAM-01]} of {@code [[IAM-01]]} closes, with a {@code [} just before it and a
 * {@code ]} just after. What is between the brackets is one line of 1 to 200 characters; code
 * spans and other inline syntax in it leave it plain text, as written.
 */
public final class CrossReferenceSyntax implements Parser.ParserExtension {
    /** The longest text between the brackets: longer is prose, not a reference. */
    static final int MAX_LENGTH = 200;

    private CrossReferenceSyntax() {}

    public static Extension create() {
        return new CrossReferenceSyntax();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.linkProcessor(CrossReferenceSyntax::process);
    }

    private static LinkResult process(LinkInfo link, Scanner scanner, InlineParserContext context) {
        if (link.marker() != null || link.destination() != null || link.label() != null) return LinkResult.none();
        if (!(link.openingBracket().getPrevious() instanceof Text outer) || !outer.getLiteral().endsWith("[")
                || scanner.peek() != ']') {
            return LinkResult.none();
        }
        String target = link.text(scanner);
        if (target.isEmpty() || target.length() > MAX_LENGTH || target.indexOf('\n') >= 0
                || target.indexOf('[') >= 0 || target.indexOf(']') >= 0) {
            return LinkResult.none();
        }
        scanner.next(); // the second ]
        // the outer [ is part of the reference, not text: it stays as an empty node, since the
        // parser may still hold it as an opening bracket
        String before = outer.getLiteral();
        outer.setLiteral(before.substring(0, before.length() - 1));
        return LinkResult.replaceWith(new CrossReference(target), scanner.position());
    }
}
