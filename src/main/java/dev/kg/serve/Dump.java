package dev.kg.serve;

import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The downloads of the whole dataset under {@code /dumps/}: every named graph (TriG, N-Quads), or
 * the union of them as one graph (Turtle). Each is written by a streaming writer.
 */
enum Dump {
    TRIG("kg.trig", RDFFormat.TRIG_BLOCKS, "every named graph, one per article or linkset"),
    NQUADS("kg.nq", RDFFormat.NQUADS, "every named graph, one quad a line"),
    TURTLE("kg.ttl", RDFFormat.TURTLE_BLOCKS, "the union of the named graphs, as one graph");

    static final String PATH = "/dumps/";

    final String file;
    final RDFFormat format;
    final String description;

    Dump(String file, RDFFormat format, String description) {
        this.file = file;
        this.format = format;
        this.description = description;
    }

    Lang lang() {
        return format.getLang();
    }

    /** Whether the dump keeps the graph names (else it holds the union of the graphs' triples). */
    boolean quads() {
        return format.getLang().equals(Lang.TRIG) || format.getLang().equals(Lang.NQUADS);
    }

    String path() {
        return PATH + file;
    }

    static Optional<Dump> byFile(String file) {
        return Stream.of(values()).filter(d -> d.file.equals(file)).findFirst();
    }
}
