package org.bulwark.link;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Position;
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
 * spans and other inline syntax in it leave it plain text, as written. The outer brackets are
 * left to the parser, which takes them as text since a link was found inside them (links do not
 * nest, so a link whose text holds a reference is text too); the post-processor then drops them.
 * {@code [[x]](url)} stays what commonmark makes of it, a link whose text is {@code [x]}.
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
        builder.postProcessor(CrossReferenceSyntax::dropOuterBrackets);
    }

    private static LinkResult process(LinkInfo link, Scanner scanner, InlineParserContext context) {
        if (link.marker() != null || link.destination() != null || link.label() != null) return LinkResult.none();
        if (!(link.openingBracket().getPrevious() instanceof Text outer) || !outer.getLiteral().endsWith("[")
                || scanner.peek() != ']') {
            return LinkResult.none();
        }
        if (followedByDestination(scanner)) return LinkResult.none(); // [[x]](url): a link whose text is [x]
        String target = link.text(scanner);
        if (target.isEmpty() || target.length() > MAX_LENGTH || target.indexOf('\n') >= 0
                || target.indexOf('[') >= 0 || target.indexOf(']') >= 0) {
            return LinkResult.none();
        }
        // the outer ] is parsed next, as text: it closes the outer [, which this reference made a non-link
        return LinkResult.replaceWith(new CrossReference(target), scanner.position());
    }

    /** Whether the {@code ]} at the scanner is followed by a {@code (}, leaving the scanner where it was. */
    private static boolean followedByDestination(Scanner scanner) {
        Position at = scanner.position();
        scanner.next();
        boolean destination = scanner.peek() == '(';
        scanner.setPosition(at);
        return destination;
    }

    /** The outer {@code [} and {@code ]} of each reference, text by now, are part of it. */
    private static Node dropOuterBrackets(Node document) {
        List<CrossReference> references = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof CrossReference r) references.add(r);
                else visitChildren(node);
            }
        });
        for (CrossReference r : references) {
            if (r.getPrevious() instanceof Text before && before.getLiteral().endsWith("[")
                    && r.getNext() instanceof Text after && after.getLiteral().startsWith("]")) {
                trim(before, before.getLiteral().substring(0, before.getLiteral().length() - 1));
                trim(after, after.getLiteral().substring(1));
            }
        }
        return document;
    }

    private static void trim(Text text, String literal) {
        if (literal.isEmpty()) text.unlink();
        else text.setLiteral(literal);
    }
}
