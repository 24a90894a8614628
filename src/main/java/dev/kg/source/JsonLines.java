package dev.kg.source;

import dev.kg.normalize.Han;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import com.google.gson.JsonElement;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.StringReader;

/**
 * Reads a JSON Lines file of articles, one {@code {"id":…,"text":…,"published":"YYYY-MM-DD","source":…}}
 * a line (published and source optional). A bad line is reported as
 * {@code FILE:LINE: REASON} and skipped; the others are read.
 *
 * <p>Parsed by Gson (strict JSON), which Jena brings: Jena's own {@code atlas.json} parser fails with a
 * NullPointerException on a truncated line such as {@code {"id":"a","text":}.
 */
public final class JsonLines {
    /** Ids become file names and IRI segments: letters, digits, {@code . _ -}, not starting with a dot. */
    private static final Pattern SAFE_ID = Pattern.compile("[\\p{L}\\p{N}_-][\\p{L}\\p{N}._-]{0,199}");
    /** The one check {@link IRIx} leaves to us: the scheme is http(s) and a host follows. */
    private static final Pattern HTTP_WITH_HOST = Pattern.compile("(?i)https?://[^/?#@:]+(:\\d+)?([/?#].*)?");
    private static final List<String> FIELDS = List.of("id", "text", "published", "source");

    private JsonLines() {
    }

    /** @throws SourceException when the file cannot be read at all */
    public static void read(Path file, Consumer<Input> entries, Consumer<String> badLines) {
        read(file, SizeLimit.NONE, entries, badLines);
    }

    /**
     * Reads the file line by line, handing each good entry to {@code entries} as soon as it is parsed:
     * one line is held at a time, and a line longer than {@code limit} is refused without being held.
     *
     * @throws SourceException when the file cannot be read at all
     */
    public static void read(Path file, SizeLimit limit, Consumer<Input> entries, Consumer<String> badLines) {
        try (InputStream in = Files.newInputStream(file)) {
            read(in, file, limit, entries, badLines);
        } catch (IOException | SecurityException e) {
            throw new SourceException(file.toString(), "cannot be read: " + e.getMessage(), "check its permissions");
        }
    }

    /** The same, from a stream of the file's bytes ({@code file} names it in messages). */
    static void read(InputStream in, Path file, SizeLimit limit, Consumer<Input> entries, Consumer<String> badLines)
            throws IOException {
        LineReader lines = new LineReader(in, limit.bytes());
        int number = 0;
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            number++;
            String location = file + ":" + number;
            try {
                if (line.tooLong()) {
                    throw new SourceException(location, limit.reason(line.length()), SizeLimit.hint());
                }
                String text = decode(line.bytes(), location);
                if (!text.isBlank()) {
                    entries.accept(entry(file, location, text));
                }
            } catch (SourceException e) {
                badLines.accept(location + ": " + e.reason());
            }
        }
    }

    private static String decode(byte[] bytes, String location) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SourceException(location, "not valid UTF-8", "JSON Lines files are UTF-8; convert with iconv");
        }
    }

    /**
     * One line of a JSON Lines file, parsed and checked as {@link #read} does (for readers of lines
     * stored elsewhere, e.g. Spark's); {@code location} names it in messages, e.g. {@code FILE:LINE}.
     *
     * @throws SourceException naming the location and the reason when the line is not an article
     */
    public static Input entry(Path file, String location, String line) {
        JsonElement value;
        try (JsonReader reader = new JsonReader(new StringReader(line))) {
            reader.setStrictness(Strictness.STRICT);
            value = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("more after the JSON value");
            }
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw new SourceException(location, "not JSON: " + firstLine(e.getMessage()), "one JSON object a line");
        }
        if (!value.isJsonObject()) {
            throw new SourceException(location, "not a JSON object", "one {\"id\":…,\"text\":…} a line");
        }
        JsonObject object = value.getAsJsonObject();
        for (String key : object.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new SourceException(location, "unknown field \"" + key + "\"", "fields: " + FIELDS);
            }
        }
        String id = string(object, "id", location).orElseThrow(() ->
                new SourceException(location, "no \"id\"", "each line needs an id"));
        if (!SAFE_ID.matcher(id).matches()) {
            throw new SourceException(location, "id \"" + id + "\" is not safe as a file name and IRI segment",
                    "use letters, digits, '.', '_' and '-', not starting with '.'");
        }
        String text = string(object, "text", location).orElseThrow(() ->
                new SourceException(location, "no \"text\"", "each line needs the article's text"));
        if (text.isBlank()) {
            throw new SourceException(location, "empty text", "nothing but whitespace");
        }
        if (text.codePoints().noneMatch(Han::is)) {
            throw new SourceException(location, "no Chinese (Han) characters", "kg reads Chinese news articles");
        }
        Optional<LocalDate> published = string(object, "published", location).map(s -> date(s, location));
        Optional<String> source = string(object, "source", location).map(s -> source(s, location));
        return new Input(id, location, file, Optional.of(new Article(id, location, text)), published, true, source);
    }

    private static Optional<String> string(JsonObject object, String key, String location) {
        JsonElement v = object.get(key);
        if (v == null || v.isJsonNull()) {
            return Optional.empty();
        }
        if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
            throw new SourceException(location, "\"" + key + "\" is not a string", "give it in double quotes");
        }
        return Optional.of(v.getAsString());
    }

    /**
     * The article's URL becomes an IRI in the graph ({@code dcterms:source}), so it must be one that
     * resolves: absolute, http or https, with a host. Anything else is refused rather than kept as a
     * literal, which no one could follow or join on.
     */
    private static String source(String s, String location) {
        try {
            IRIx iri = IRIx.create(s);
            if (iri.isAbsolute() && !iri.hasViolations() && HTTP_WITH_HOST.matcher(s).matches()) {
                return s;
            }
        } catch (IRIException e) {
            // refused below, with the same reason
        }
        throw new SourceException(location, "\"source\" " + s + " is not an absolute http(s) IRI",
                "give the article's URL, e.g. https://example.org/news/1.html, or leave source out");
    }

    private static LocalDate date(String s, String location) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new SourceException(location, "\"published\" " + s + " is not a date YYYY-MM-DD", "e.g. 2005-09-14");
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
