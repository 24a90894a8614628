package dev.kg.rdf;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The RDF syntaxes kg writes, each with its RIOT language, writer format and file extension. */
public enum RdfFormat {
    TTL(Lang.TURTLE, RDFFormat.TURTLE_PRETTY, "ttl"),
    TRIG(Lang.TRIG, RDFFormat.TRIG_PRETTY, "trig"),
    JSONLD(Lang.JSONLD, RDFFormat.JSONLD, "jsonld"),
    NT(Lang.NTRIPLES, RDFFormat.NTRIPLES, "nt"),
    RDFXML(Lang.RDFXML, RDFFormat.RDFXML_PRETTY, "rdf");

    private final Lang lang;
    private final RDFFormat format;
    private final String extension;

    RdfFormat(Lang lang, RDFFormat format, String extension) {
        this.lang = lang;
        this.format = format;
        this.extension = extension;
    }

    public Lang lang() {
        return lang;
    }

    public RDFFormat format() {
        return format;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format whose extension (or name) the file has, e.g. {@code out.jsonld} → JSONLD. */
    public static Optional<RdfFormat> byExtension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (RdfFormat f : values()) {
            if (f.extension.equals(ext) || f.name().toLowerCase(Locale.ROOT).equals(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Lower case, as users type it on the command line. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
