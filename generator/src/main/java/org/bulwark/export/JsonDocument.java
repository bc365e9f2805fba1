package org.bulwark.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.function.Consumer;

/**
 * A JSON document written as it is made, the same way on every platform: UTF-8, compact (no
 * whitespace between tokens), keys in the order they are written, a final newline. No tree is
 * built: the exports of a large standard are tens of megabytes, and a tree of them costs more
 * than the text. Compact because every byte of an export is generated, hashed for the manifest
 * and written: indenting doubles the size of the OSCAL catalog;
 * {@link #pretty} indents a document for a reader ({@code export --pretty}). Jackson's streaming
 * core only, since its data binding costs start-up time.
 */
final class JsonDocument implements Closeable {
    /** What becomes of an array that gets no element. */
    enum EmptyArrays {
        /** Written as {@code "key": [ ]}. */
        KEEP,
        /** Left out, key and all: OSCAL's schema forbids empty arrays (every array has minItems 1). */
        OMIT
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the caller's stream stays the caller's
            .build();

    private final JsonGenerator out;
    private final EmptyArrays emptyArrays;
    /** With OMIT, the key of the array opened last, until its first element writes it. */
    private String unwrittenArray;

    private JsonDocument(JsonGenerator out, EmptyArrays emptyArrays) {
        this.out = out;
        this.emptyArrays = emptyArrays;
    }

    /** A document written to the stream, which is flushed, not closed, when the document is. */
    static JsonDocument to(OutputStream stream, EmptyArrays emptyArrays) {
        try {
            JsonGenerator out = FACTORY.createGenerator(stream);
            return new JsonDocument(out, emptyArrays);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes a writer of one document writes. */
    static byte[] bytes(Consumer<OutputStream> document) {
        // grows block by block: no ever-larger array copied at every doubling
        ByteArrayBuilder buffer = new ByteArrayBuilder();
        document.accept(buffer);
        return buffer.toByteArray();
    }

    /**
     * The same document indented for a reader: two spaces, {@code \n} line ends (never the
     * system's), {@code "key": value}, a final newline. Tokens and their order are unchanged.
     */
    static byte[] pretty(byte[] json) {
        ByteArrayBuilder buffer = new ByteArrayBuilder(); // block by block, like bytes(): no export-sized array up front
        try (JsonParser in = FACTORY.createParser(json); JsonGenerator out = FACTORY.createGenerator(buffer)) {
            out.setPrettyPrinter(prettyPrinter());
            while (in.nextToken() != null) out.copyCurrentEvent(in);
            out.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    /** Starts an object: the document itself or an element of the array being written. */
    JsonDocument object() {
        return write(JsonGenerator::writeStartObject);
    }

    /** Starts an object as the value of a key. */
    JsonDocument object(String key) {
        return write(g -> g.writeObjectFieldStart(key));
    }

    /** Starts an array as the value of a key; with OMIT, only once an element comes. */
    JsonDocument array(String key) {
        if (emptyArrays == EmptyArrays.KEEP) return write(g -> g.writeArrayFieldStart(key));
        write(g -> {}); // a key right inside an unwritten array is a mistake: written, the generator reports it
        unwrittenArray = key;
        return this;
    }

    /** Ends the object or array started last. */
    JsonDocument end() {
        if (unwrittenArray != null) {
            unwrittenArray = null;
            return this;
        }
        return write(g -> {
            if (g.getOutputContext().inArray()) g.writeEndArray();
            else g.writeEndObject();
        });
    }

    /** A string, or {@code null}. */
    JsonDocument field(String key, String value) {
        return write(g -> g.writeStringField(key, value));
    }

    JsonDocument field(String key, int value) {
        return write(g -> g.writeNumberField(key, value));
    }

    JsonDocument field(String key, boolean value) {
        return write(g -> g.writeBooleanField(key, value));
    }

    /** A string element of the array being written. */
    JsonDocument value(String value) {
        return write(g -> g.writeString(value));
    }

    /** An array of strings. */
    JsonDocument strings(String key, Collection<String> values) {
        array(key);
        values.forEach(this::value);
        return end();
    }

    /** Ends the document with a newline and flushes it to the stream. */
    @Override
    public void close() {
        write(g -> {
            g.writeRaw('\n');
            g.close();
        });
    }

    private interface Step {
        void run(JsonGenerator out) throws IOException;
    }

    private JsonDocument write(Step step) {
        try {
            if (unwrittenArray != null) {
                String key = unwrittenArray;
                unwrittenArray = null;
                out.writeArrayFieldStart(key);
            }
            step.run(out);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
