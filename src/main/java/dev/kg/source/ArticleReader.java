package dev.kg.source;

import dev.kg.normalize.Han;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Reads one article file: strict UTF-8, must contain Chinese text. Every refusal is a
 * {@link SourceException} whose one-line message names the file, the problem and the fix.
 *
 * <pre>
 *   Article article = new ArticleReader().read(Path.of("seeds/xuzhou-2005.txt"));
 * </pre>
 */
public final class ArticleReader {
    private static final char BOM = '\uFEFF';
    /** Share of control bytes above which a file is not text but binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /** A page, not an article: starts (after blanks) with a doctype or an html element. */
    private static final Pattern HTML = Pattern.compile("\\s*<(!doctype\\s+html|html[\\s>])", Pattern.CASE_INSENSITIVE);
    private final SizeLimit limit;

    /** A reader without a size limit. */
    public ArticleReader() {
        this(SizeLimit.NONE);
    }

    /** A reader that refuses, before reading them, files larger than {@code limit}. */
    public ArticleReader(SizeLimit limit) {
        this.limit = limit;
    }

    public Article read(Path path) {
        String file = path.toString();
        if (!Files.exists(path)) {
            throw new SourceException(file, "no such file", "check the path and the current directory");
        }
        if (Files.isDirectory(path)) {
            throw new SourceException(file, "is a directory, not an article file",
                    "pass the files inside it, e.g. " + path.resolve("*.txt"));
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (limit.exceededBy(size)) {
                throw new SourceException(file, limit.reason(size), SizeLimit.hint());
            }
            try (InputStream in = Files.newInputStream(path)) {
                // never more than the limit, even from a file whose size was not known (a pipe)
                bytes = in.readNBytes((int) Math.min(limit.bytes(), Integer.MAX_VALUE - 9) + 1);
            }
            if (limit.exceededBy(bytes.length)) {
                throw new SourceException(file, "too large: over the limit of " + limit, SizeLimit.hint());
            }
        } catch (IOException | SecurityException e) {
            throw new SourceException(file, "cannot be read: " + e.getMessage(), "check its permissions");
        }
        return read(file, idOf(path), bytes);
    }

    /**
     * An article from bytes read elsewhere (e.g. by Spark from HDFS or S3), with the same checks as a
     * file: {@code file} names it in messages, {@code id} is what {@link #idOf} gives for its name.
     */
    public Article read(String file, String id, byte[] bytes) {
        String text = decode(file, bytes);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1); // a BOM is an encoding artefact, not part of the article
        }
        if (text.isBlank()) {
            throw new SourceException(file, "empty file", "nothing but whitespace; is it the right file?");
        }
        if (HTML.matcher(text).lookingAt()) {
            // converting the markup would put tags into the article text and its offsets
            throw new SourceException(file, "HTML, not plain text",
                    "save the article's text as UTF-8 plain text, e.g. with a browser's Save as Text");
        }
        if (text.codePoints().noneMatch(Han::is)) {
            throw new SourceException(file, "no Chinese (Han) characters",
                    "kg reads Chinese news articles; is it the right file?");
        }
        return new Article(id, file, text);
    }

    /** The file name without its extension: {@code d01.txt} → {@code d01}. */
    public static String idOf(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String decode(String file, byte[] bytes) {
        if (bytes.length == 0) {
            throw new SourceException(file, "empty file", "0 bytes; is it the right file?");
        }
        if (isUtf16(bytes)) {
            throw new SourceException(file, "UTF-16 text, not UTF-8",
                    "convert it with iconv -f UTF-16 -t UTF-8");
        }
        if (looksBinary(bytes)) {
            throw new SourceException(file, "binary data, not text",
                    "is it a .doc, .pdf or image? save the article as UTF-8 plain text");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never yields more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new SourceException(file, "not valid UTF-8 at byte " + in.position(),
                    "is it GBK or UTF-16? convert it with iconv -f GBK -t UTF-8");
        }
        return out.flip().toString();
    }

    /**
     * A UTF-16 byte-order mark, or NUL bytes (which UTF-8 text never has) in bytes that decode
     * cleanly as UTF-16 into text rather than control characters.
     */
    private static boolean isUtf16(byte[] b) {
        if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
                || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
            return true;
        }
        boolean hasNul = false;
        for (byte x : b) {
            hasNul |= x == 0;
        }
        return hasNul && (decodesAsText(b, StandardCharsets.UTF_16LE) || decodesAsText(b, StandardCharsets.UTF_16BE));
    }

    private static boolean decodesAsText(byte[] b, Charset charset) {
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b))
                    .toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        long odd = text.codePoints().filter(ArticleReader::isOddInText).count();
        return odd <= MAX_CONTROL_SHARE * text.length();
    }

    private static boolean isOddInText(int cp) {
        int type = Character.getType(cp);
        boolean control = type == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f';
        return control || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
    }

    private static boolean looksBinary(byte[] b) {
        int control = 0;
        for (byte x : b) {
            if (x == 0) {
                return true;
            }
            if ((x > 0 && x < 0x20 && x != '\t' && x != '\n' && x != '\r' && x != '\f') || x == 0x7F) {
                control++;
            }
        }
        return control > MAX_CONTROL_SHARE * b.length;
    }

}
