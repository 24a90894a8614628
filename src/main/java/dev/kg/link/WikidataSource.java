package dev.kg.link;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;

/**
 * Where Wikidata candidates come from: the curated file {@code ontology/links/wikidata.ttl} (offline,
 * written by hand in Wikidata's own vocabulary, each item with its dcterms:source and dcterms:date)
 * or a SPARQL endpoint (Wikidata's, or a stand-in). Both answer the same query, so one matcher,
 * {@link WikidataLinker}, serves both paths.
 *
 * <pre>
 * WikidataSource.curated()                                                     // offline
 * WikidataSource.endpoint("https://query.wikidata.org/sparql", Duration.ofSeconds(20))  // online
 * </pre>
 */
public final class WikidataSource {
    /** Classpath location of the curated file (packaged from {@code ontology/links/}). */
    public static final String CURATED = "/ontology/links/wikidata.ttl";
    /** Wikidata asks every client to name itself. */
    static final String USER_AGENT = "kg-linker/1.0 (https://w3id.org/kgnews; SPARQL reconciliation)";

    private final String name;
    private final Model local;
    private final Duration timeout;
    private final HttpClient client;

    private WikidataSource(String name, Model local, Duration timeout) {
        this.name = name;
        this.local = local;
        this.timeout = timeout;
        this.client = local == null
                ? HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build()
                : null;
    }

    /** The curated file shipped with kg. */
    public static WikidataSource curated() {
        InputStream in = WikidataSource.class.getResourceAsStream(CURATED);
        if (in == null) {
            throw new LinkException(CURATED + " is not on the classpath (is ontology/links/ packaged?)");
        }
        Model m = ModelFactory.createDefaultModel();
        try (in) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (RiotException | java.io.IOException e) {
            throw new LinkException("ontology/links/wikidata.ttl: " + e.getMessage() + " (fix the curated file)", e);
        }
        return new WikidataSource("ontology/links/wikidata.ttl", m, null);
    }

    /** A curated model given by the caller (tests). */
    public static WikidataSource curated(Model model, String name) {
        return new WikidataSource(name, model, null);
    }

    /** A SPARQL endpoint; each query is bounded by {@code timeout} (connection and answer). */
    public static WikidataSource endpoint(String url, Duration timeout) {
        return new WikidataSource(url, null, timeout);
    }

    public boolean isCurated() {
        return local != null;
    }

    /** The file or the endpoint URL, as the links' dcterms:source names it. */
    public String name() {
        return name;
    }

    /** Runs a SELECT query and returns its rows. @throws LinkException when the endpoint fails or times out */
    public List<QuerySolution> select(Query query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = local != null
                ? QueryExecution.model(local).query(query).build()
                : QueryExecutionHTTPBuilder.service(name)
                        .httpClient(client)
                        .httpHeader("User-Agent", USER_AGENT)
                        .query(query)
                        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                        .build()) {
            qe.execSelect().forEachRemaining(rows::add);
        } catch (RuntimeException e) {
            throw new LinkException(name + ": " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + " (is the endpoint reachable? the offline links are kept)", e);
        }
        return rows;
    }
}
