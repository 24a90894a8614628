package dev.kg.spark;

import dev.kg.source.ArticleReader;
import dev.kg.source.Input;
import dev.kg.source.JsonLines;
import dev.kg.source.SourceException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One line of a JSON Lines file, as Hadoop's line reader gives it (bytes, decoded here strictly as
 * UTF-8), parsed and checked by kg's own {@link JsonLines#entry}.
 *
 * @param location {@code FILE:LINE}, or {@code FILE@byte OFFSET} where the line number is unknown
 * @param file     the file's name, for {@link Input#file()}
 */
record JsonLine(String location, String file, byte[] bytes) implements Pending {
    @Override
    public Input read(ArticleReader reader) {
        String line;
        try {
            line = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SourceException(location, "not valid UTF-8", "JSON Lines files are UTF-8; convert with iconv");
        }
        return JsonLines.entry(Path.of(file), location, line);
    }

    @Override
    public Optional<String> id() {
        try {
            return Optional.of(read(new ArticleReader()).id());
        } catch (SourceException e) {
            return Optional.empty();
        }
    }

    /** Blank lines are skipped, as {@link JsonLines#read} skips them. */
    boolean blank() {
        return new String(bytes, StandardCharsets.UTF_8).isBlank();
    }
}
