package dev.kg.rdf;

import dev.kg.KgException;
import java.nio.file.Path;
import java.util.OptionalLong;

/** An RDF file that cannot be read: missing, of an unknown format, or not valid syntax (with line and column). */
public class RdfReadException extends KgException {
    private final Path file;
    private final OptionalLong line;
    private final OptionalLong column;

    public RdfReadException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.line = OptionalLong.empty();
        this.column = OptionalLong.empty();
    }

    public RdfReadException(Path file, long line, long column, String problem) {
        super(file + ":" + line + (column > 0 ? ":" + column : "") + ": " + problem);
        this.file = file;
        this.line = OptionalLong.of(line);
        this.column = column > 0 ? OptionalLong.of(column) : OptionalLong.empty();
    }

    public Path file() {
        return file;
    }

    public OptionalLong line() {
        return line;
    }

    public OptionalLong column() {
        return column;
    }
}
