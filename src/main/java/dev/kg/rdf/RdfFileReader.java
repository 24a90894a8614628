package dev.kg.rdf;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Reads one RDF file in any syntax RIOT knows, chosen by the file's extension ({@code .ttl}, {@code .nt},
 * {@code .nq}, {@code .trig}, {@code .rdf}, {@code .jsonld}, optionally {@code .gz}). Quads are merged
 * into one graph: kg's graphs are self-contained per article, so graph names carry nothing to check.
 */
public final class RdfFileReader {
    private RdfFileReader() {}

    /** @throws RdfReadException naming the file, and the line and column of a syntax error */
    public static Graph read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RdfReadException(file, "no such file");
        }
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang == null) {
            throw new RdfReadException(file, "unknown RDF syntax for this file name; "
                    + "use an extension such as .ttl, .nt, .nq, .trig, .rdf or .jsonld");
        }
        DatasetGraph dataset = DatasetGraphFactory.create();
        try {
            RDFParser.source(file).lang(lang).errorHandler(new FailOnError(file)).parse(dataset);
        } catch (RdfReadException e) {
            throw e;
        } catch (RiotException e) {
            throw new RdfReadException(file, e.getMessage());
        }
        Graph graph = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(q -> graph.add(q.asTriple()));
        graph.getPrefixMapping().setNsPrefixes(dataset.prefixes().getMapping());
        return graph;
    }

    /** Turns the first error into an exception carrying its position; warnings do not stop reading. */
    private record FailOnError(Path file) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            // RIOT warns on unusual but legal input (e.g. an odd IRI); validation judges the data.
        }

        @Override
        public void error(String message, long line, long col) {
            throw at(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw at(message, line, col);
        }

        private RdfReadException at(String message, long line, long col) {
            // RIOT passes -1 when it has no position (e.g. a JSON-LD processor error)
            return line > 0 ? new RdfReadException(file, line, col, message) : new RdfReadException(file, message);
        }
    }
}
