package dev.kg.cli;

import dev.kg.KgException;
import dev.kg.bench.ServeBench;
import dev.kg.bench.ServeBench.Request;
import dev.kg.bench.ServeBench.Result;
import dev.kg.eval.Category;
import dev.kg.eval.CompetencyQueries;
import dev.kg.serve.KgServer;
import dev.kg.store.DatasetLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg bench serve}: our server against a bare Fuseki on the same data, under concurrent clients. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Load-test the kg server against a bare Fuseki serving the same dataset.",
                "Loads FILE(s) once, starts both servers on free loopback ports, and sends each, for --seconds "
                        + "per client count, the six competency queries and an entity fetch in turn from "
                        + "every client. Prints per client count the requests per second, p50 and p99 latency "
                        + "and errors of both, and the ratio kg/bare (near 1: no cost of our own)."},
        footer = {"",
                "Examples:",
                "  kg bench serve",
                "  kg bench serve --seconds 30 --clients 1,8,32,64",
                "  kg bench serve --page /kgnews/id/xuzhou-2005/person/...   # fetch a page, not a DESCRIBE",
                "",
                "The entity fetch is a DESCRIBE of the first person (Turtle) on both servers, or with --page",
                "that path of the kg server (HTML). Clients and servers share this JVM and machine."})
public final class ServeBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArticleOptions article;

    @Parameters(arity = "0..*", paramLabel = "FILE", defaultValue = "seeds/xuzhou-2005.txt",
            description = "Articles (.txt) or RDF files to serve (default: ${DEFAULT-VALUE}).")
    List<Path> files;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
            description = "Measured seconds per server and client count (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "5",
            description = "Unmeasured seconds per server first, to warm the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--clients", paramLabel = "N", split = ",", defaultValue = "1,8,32",
            description = "Concurrent client counts (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(names = "--page", paramLabel = "PATH",
            description = "Fetch this path of the kg server (as text/html) as the entity request, instead of a DESCRIBE.")
    String page;

    @Override
    public Integer call() {
        if (seconds < 1 || warmup < 0 || clients.stream().anyMatch(c -> c < 1)) {
            throw new ParameterException(spec.commandLine(), "--seconds and --clients must be at least 1, --warmup at least 0");
        }
        DatasetLoader loader = new DatasetLoader(article.toOptions());
        files.forEach(loader::load);
        DatasetGraph dsg = loader.dataset();
        List<Request> bare = mix(dsg, null);
        List<Request> ours = mix(dsg, page);

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KgServer kg = KgServer.start(dsg, 0, true);
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add(KgServer.DATASET, dsg, false).build().start();
        try {
            String kgRoot = kg.rootUrl().substring(0, kg.rootUrl().length() - 1);
            String bareRoot = "http://localhost:" + fuseki.getHttpPort();
            ServeBench kgBench = new ServeBench(ours);
            ServeBench bareBench = new ServeBench(bare);
            if (warmup > 0) {
                err.println("kg bench serve: warming up " + warmup + " s each");
                err.flush();
                kgBench.run(kgRoot, 8, Duration.ofSeconds(warmup));
                bareBench.run(bareRoot, 8, Duration.ofSeconds(warmup));
            }
            out.printf(Locale.ROOT, "%7s %10s %10s %6s %8s %8s %8s %8s %7s %7s%n", "clients", "kg_req/s", "bare_req/s",
                    "ratio", "kg_p50", "bare_p50", "kg_p99", "bare_p99", "kg_err", "bare_err");
            out.flush();
            boolean first = true;
            for (int n : clients) {
                // alternate which server goes first, so that a drift of the machine's load evens out
                Result k;
                Result b;
                if (first) {
                    k = kgBench.run(kgRoot, n, Duration.ofSeconds(seconds));
                    b = bareBench.run(bareRoot, n, Duration.ofSeconds(seconds));
                } else {
                    b = bareBench.run(bareRoot, n, Duration.ofSeconds(seconds));
                    k = kgBench.run(kgRoot, n, Duration.ofSeconds(seconds));
                }
                first = !first;
                out.printf(Locale.ROOT, "%7d %10.1f %10.1f %6.2f %8.1f %8.1f %8.1f %8.1f %7d %7d%n", n, k.perSecond(),
                        b.perSecond(), k.perSecond() / Math.max(1e-9, b.perSecond()), k.p50Nanos() / 1e6,
                        b.p50Nanos() / 1e6, k.p99Nanos() / 1e6, b.p99Nanos() / 1e6, k.errors(), b.errors());
                out.flush();
            }
            out.println("(latencies in ms; ratio = kg_req/s / bare_req/s; " + ours.size() + " requests in turn: "
                    + String.join(", ", ours.stream().map(Request::name).toList()) + ")");
            out.flush();
        } finally {
            kg.stop();
            fuseki.stop();
        }
        return 0;
    }

    /** The six competency queries and an entity fetch: a DESCRIBE of the first person, or {@code page}. */
    static List<Request> mix(DatasetGraph dsg, String page) {
        CompetencyQueries cqs = CompetencyQueries.load();
        List<Request> mix = new ArrayList<>();
        for (Category c : Category.values()) {
            if (c.query() == c) {
                mix.add(Request.query(c.code(), KgServer.DATASET, cqs.text(c), Request.SPARQL_RESULTS));
            }
        }
        if (page != null) {
            mix.add(new Request("page", page.startsWith("/") ? page : "/" + page, "text/html"));
        } else {
            mix.add(Request.query("describe", KgServer.DATASET, "DESCRIBE <" + firstPerson(dsg) + ">", "text/turtle"));
        }
        return mix;
    }

    private static String firstPerson(DatasetGraph dsg) {
        String query = "SELECT ?p { ?p <" + RDF.type.getURI() + "> <" + FOAF.Person.getURI() + "> } ORDER BY ?p LIMIT 1";
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution q = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
                var rows = q.execSelect();
                if (!rows.hasNext()) {
                    throw new KgException("the data has no foaf:Person to DESCRIBE (give articles with persons, or --page PATH)");
                }
                return rows.next().getResource("p").getURI();
            }
        });
    }
}
