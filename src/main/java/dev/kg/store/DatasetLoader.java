package dev.kg.store;

import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.rdf.ArticleGraph;
import dev.kg.rdf.RdfFormat;
import dev.kg.source.Article;
import dev.kg.source.ArticleReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Loads articles ({@code *.txt}, converted on the fly) and RDF files (syntax by extension) into a
 * transactional dataset. Each file becomes a named graph — an article's graph is named after its
 * {@code kgo:Article} IRI, any other file after its {@code file:} URI (a TriG or N-Quads file's own
 * named graphs keep their names). Each file is written in one write transaction: a file that fails
 * midway leaves the dataset as it was.
 *
 * <p>Two targets: a dataset whose default graph <em>is</em> the union of its named graphs (TDB2 with
 * {@code unionDefaultGraph}, see {@link KgDatabase}), where loading a graph again replaces it; or, by
 * default, a throwaway in-memory dataset for {@code kg query} and tests, which has no union switch, so
 * every triple is also copied into its default graph and graphs only grow.
 *
 * <pre>
 *   DatasetLoader loader = new DatasetLoader(ConvertOptions.defaults());
 *   loader.load(Path.of("seeds/xuzhou-2005.txt"));
 *   DatasetGraph dsg = loader.dataset();
 * </pre>
 */
public final class DatasetLoader {
    /** What one {@link #load} wrote: into {@code graph}, and whether that graph existed and was replaced. */
    public record Loaded(Path file, Node graph, long triples, boolean replaced) {}

    /** Stop at the first error, keeping its position; warnings (e.g. unusual IRIs) do not stop a load. */
    private static final ErrorHandler FAIL_ON_ERROR = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {}

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };

    private final ArticleReader reader = new ArticleReader();
    private final ConvertOptions options;
    private final DatasetGraph dataset;
    /** No union default graph: copy into it, and never replace (the copies would outlive the graph). */
    private final boolean copyToDefault;
    private ArticleConverter converter;

    /** Loads into a new in-memory dataset whose default graph gets a copy of every triple. */
    public DatasetLoader(ConvertOptions options) {
        this(DatasetGraphFactory.createTxnMem(), true, options);
    }

    public DatasetLoader(ArticleConverter converter, ConvertOptions options) {
        this(options);
        this.converter = converter;
    }

    /** Loads into {@code unionDataset}, whose default graph is the union of its named graphs; reloading replaces. */
    public DatasetLoader(DatasetGraph unionDataset, ConvertOptions options) {
        this(unionDataset, false, options);
    }

    private DatasetLoader(DatasetGraph dataset, boolean copyToDefault, ConvertOptions options) {
        this.dataset = dataset;
        this.copyToDefault = copyToDefault;
        this.options = options;
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /**
     * Loads one file in one write transaction; throws a {@link dev.kg.KgException} whose message names
     * it and the problem, and then the dataset is as it was before.
     */
    public Loaded load(Path file) {
        if (isArticle(file)) {
            return loadArticle(file);
        }
        Lang syntax = syntax(file);
        // parsed straight into the transaction: an error midway aborts it, and what came before goes too
        return write(file, fileGraph(file), sink -> parse(file, syntax, sink));
    }

    /**
     * The RDF syntax of {@code file} by its extension; a {@link StoreException} naming the file if it
     * is not a regular file or its syntax is unknown.
     */
    public static Lang syntax(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": " + (Files.isDirectory(file) ? "is a directory" : "no such file")
                    + " (check the path)");
        }
        Lang lang = RDFLanguages.pathnameToLang(file.toString());
        if (lang == null) {
            lang = RdfFormat.byExtension(file).map(RdfFormat::lang).orElse(null); // e.g. .rdfxml
        }
        if (lang == null) {
            throw new StoreException(file + ": unknown RDF syntax (name it .ttl, .trig, .jsonld, .nt, .nq or .rdf,"
                    + " or .txt for an article)");
        }
        return lang;
    }

    /**
     * Parses {@code file} into {@code sink}, stopping at the first error (warnings do not stop it):
     * a {@link StoreException} whose message is {@code FILE:LINE:COL: reason}.
     */
    public static void parse(Path file, Lang syntax, StreamRDF sink) {
        try {
            RDFParser.source(file).lang(syntax).errorHandler(FAIL_ON_ERROR).parse(sink);
        } catch (RiotParseException e) {
            throw new StoreException(file + ":" + e.getLine() + ":" + e.getCol() + ": " + e.getOriginalMessage(), e);
        } catch (RiotException e) {
            throw new StoreException(file + ": " + e.getMessage(), e);
        }
    }

    private Loaded loadArticle(Path file) {
        Article article = reader.read(file);
        if (converter == null) {
            converter = new ArticleConverter(); // HanLP and lexicons load once, and only if needed
        }
        Model model = converter.convert(article, options);
        Node name = ArticleGraph.name(model.getGraph()).orElseGet(() -> fileGraph(file));
        return write(file, name, sink -> StreamRDFOps.graphToStream(model.getGraph(), sink));
    }

    private Loaded write(Path file, Node name, Consumer<StreamRDF> source) {
        GraphSink sink = new GraphSink(name);
        Txn.executeWrite(dataset, () -> source.accept(sink));
        return new Loaded(file, name, sink.triples, sink.replaced.contains(name));
    }

    /** Writes triples into the file's graph and quads into theirs, emptying each graph the first time it is met. */
    private final class GraphSink extends StreamRDFBase {
        private final Node name;
        private final Set<Node> seen = new HashSet<>();
        private final Set<Node> replaced = new HashSet<>();
        private long triples;

        GraphSink(Node name) {
            this.name = name;
        }

        @Override
        public void triple(Triple t) {
            add(name, t.getSubject(), t.getPredicate(), t.getObject());
        }

        @Override
        public void quad(Quad q) {
            add(q.isDefaultGraph() ? name : q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
        }

        @Override
        public void prefix(String prefix, String iri) {
            dataset.prefixes().add(prefix, iri);
        }

        private void add(Node g, Node s, Node p, Node o) {
            if (seen.add(g) && !copyToDefault && dataset.containsGraph(g)) {
                // deleteAny, not removeGraph: the text index sees each deleted triple and unindexes it
                dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                replaced.add(g);
            }
            dataset.add(g, s, p, o);
            if (copyToDefault) {
                dataset.add(Quad.defaultGraphIRI, s, p, o);
            }
            triples++;
        }
    }

    /** Whether {@code file} is an article to convert ({@code *.txt}) rather than an RDF file. */
    public static boolean isArticle(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    /** The graph name of an RDF file's triples (and of an article without a {@code kgo:Article}): its {@code file:} URI. */
    public static Node fileGraph(Path file) {
        return NodeFactory.createURI(file.toAbsolutePath().normalize().toUri().toString());
    }
}
