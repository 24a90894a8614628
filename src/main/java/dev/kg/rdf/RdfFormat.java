package dev.kg.rdf;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The RDF syntaxes kg writes, each with its RIOT language, writer format and file extension. The
 * dataset syntaxes (TriG, N-Quads) put an article's triples in a graph named after the article, as
 * {@code kg serve} loads it ({@link ArticleGraph}); the others hold triples only. JSON-LD is written
 * as a plain graph too: what JSON consumers expect, and what reads back as a model. Turtle and
 * TriG are laid out for a reader by {@link ReadableTurtle}.
 */
public enum RdfFormat {
    TTL(Lang.TURTLE, RDFFormat.TURTLE_BLOCKS, "ttl", false),
    TRIG(Lang.TRIG, RDFFormat.TRIG_BLOCKS, "trig", true),
    NQ(Lang.NQUADS, RDFFormat.NQUADS, "nq", true),
    JSONLD(Lang.JSONLD, RDFFormat.JSONLD, "jsonld", false),
    NT(Lang.NTRIPLES, RDFFormat.NTRIPLES, "nt", false),
    RDFXML(Lang.RDFXML, RDFFormat.RDFXML_PRETTY, "rdf", false);

    private final Lang lang;
    private final RDFFormat format;
    private final String extension;
    private final boolean namedGraph;

    RdfFormat(Lang lang, RDFFormat format, String extension, boolean namedGraph) {
        this.lang = lang;
        this.format = format;
        this.extension = extension;
        this.namedGraph = namedGraph;
    }

    public Lang lang() {
        return lang;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether this syntax keeps the article's graph name. */
    public boolean keepsGraphName() {
        return namedGraph;
    }

    /**
     * Writes one article's graph in this syntax: the one way kg serializes a graph (files and stdout
     * alike), so that TriG and N-Quads keep the graph name and Turtle stays readable.
     */
    public void write(Model model, OutputStream out) {
        if (this == TTL || this == TRIG) {
            // laid out for a reader: article first, people next, mentions last (see ReadableTurtle)
            ReadableTurtle.write(model, namedGraph ? ArticleGraph.name(model.getGraph()) : Optional.empty(), out);
        } else if (namedGraph) {
            RDFDataMgr.write(out, dataset(model), format);
        } else {
            RDFDataMgr.write(out, model, format);
        }
    }

    /** The graph as a dataset: in its article's named graph, or the default graph when it has no one article. */
    private static DatasetGraph dataset(Model model) {
        Graph graph = model.getGraph();
        Optional<Node> name = ArticleGraph.name(graph);
        if (name.isEmpty()) {
            return DatasetGraphFactory.wrap(graph);
        }
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        dsg.addGraph(name.get(), graph);
        dsg.prefixes().putAll(model.getNsPrefixMap());
        return dsg;
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
