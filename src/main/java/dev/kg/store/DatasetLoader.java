package dev.kg.store;

import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.rdf.ArticleGraph;
import dev.kg.rdf.RdfFormat;
import dev.kg.source.Article;
import dev.kg.source.ArticleReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Loads articles ({@code *.txt}, converted on the fly) and RDF files (syntax by extension) into one
 * transactional in-memory dataset. Each file becomes a named graph — an article's graph is named
 * after its {@code kgo:Article} IRI, any other file after its {@code file:} URI — and every triple is
 * also added to the default graph, which is therefore the union of all files. (An in-memory dataset
 * has no union-default-graph switch the way TDB has, and a copy lets both plain queries and
 * {@code GRAPH} queries work unchanged in {@code kg query} and behind Fuseki.)
 *
 * <pre>
 *   DatasetLoader loader = new DatasetLoader(ConvertOptions.defaults());
 *   loader.load(Path.of("seeds/xuzhou-2005.txt"));
 *   DatasetGraph dsg = loader.dataset();
 * </pre>
 */
public final class DatasetLoader {
    /** What one {@link #load} added. */
    public record Loaded(Path file, Node graph, long triples) {}

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
    private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    private ArticleConverter converter;

    public DatasetLoader(ConvertOptions options) {
        this.options = options;
    }

    public DatasetLoader(ArticleConverter converter, ConvertOptions options) {
        this(options);
        this.converter = converter;
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** Loads one file; throws a {@link dev.kg.KgException} whose message names it and the problem. */
    public Loaded load(Path file) {
        if (isArticle(file)) {
            return loadArticle(file);
        }
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
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        try {
            RDFParser.source(file).lang(lang).errorHandler(FAIL_ON_ERROR).parse(parsed);
        } catch (RiotParseException e) {
            throw new StoreException(file + ":" + e.getLine() + ":" + e.getCol() + ": " + e.getOriginalMessage(), e);
        } catch (RiotException e) {
            throw new StoreException(file + ": " + e.getMessage(), e);
        }
        return add(file, fileGraph(file), parsed);
    }

    private Loaded loadArticle(Path file) {
        Article article = reader.read(file);
        if (converter == null) {
            converter = new ArticleConverter(); // HanLP and lexicons load once, and only if needed
        }
        Model model = converter.convert(article, options);
        Node name = ArticleGraph.name(model.getGraph()).orElseGet(() -> fileGraph(file));
        return add(file, name, DatasetGraphFactory.wrap(model.getGraph()));
    }

    private Loaded add(Path file, Node name, DatasetGraph parsed) {
        long[] count = {0};
        Txn.executeWrite(dataset, () -> {
            parsed.find().forEachRemaining(q -> {
                Node g = q.isDefaultGraph() ? name : q.getGraph();
                dataset.add(g, q.getSubject(), q.getPredicate(), q.getObject());
                dataset.add(Quad.defaultGraphIRI, q.getSubject(), q.getPredicate(), q.getObject());
                count[0]++;
            });
            parsed.prefixes().forEach(dataset.prefixes()::add);
        });
        return new Loaded(file, name, count[0]);
    }

    private static boolean isArticle(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    private static Node fileGraph(Path file) {
        return NodeFactory.createURI(file.toAbsolutePath().normalize().toUri().toString());
    }
}
