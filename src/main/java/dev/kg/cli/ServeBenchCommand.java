package dev.kg.cli;

import dev.kg.KgException;
import dev.kg.bench.ServeBench;
import dev.kg.bench.ServeBench.Request;
import dev.kg.bench.ServeBench.Result;
import dev.kg.eval.Category;
import dev.kg.eval.CompetencyQueries;
import dev.kg.serve.KgServer;
import dev.kg.serve.FusekiWorkArea;
import dev.kg.serve.ServerSettings;
import dev.kg.store.KgDatabase;
import dev.kg.web.Pages;
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

/** {@code kg bench serve}: our server against a bare Fuseki on the same TDB2 database, under concurrent clients. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Load-test the kg server against a bare Fuseki serving the same TDB2 database.",
                "Opens the kg database (--db, or one made from FILE(s) in a temporary folder), serves its dataset "
                        + "from two servers on free loopback ports, ours (kg serve's) and a bare Fuseki, and sends "
                        + "each, for --seconds per client count, the six competency queries and a DESCRIBE of a person "
                        + "in turn from every client; then that person's HTML page on ours (its IRI, following the 303) "
                        + "against the DESCRIBE alone on bare. Prints per client count the requests per second, p50 and "
                        + "p99 latency and errors of both, and the ratio kg/bare (near 1: no cost of our own)."},
        footer = {"",
                "Examples:",
                "  kg bench serve",
                "  kg bench serve --db data --seconds 30 --clients 1,8,32,64",
                "",
                "The person is the first foaf:Person by IRI. Clients and servers share this JVM and machine."})
public final class ServeBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArticleOptions article;

    @Option(names = "--db", paramLabel = "DIR",
            description = "An existing kg database to serve (default: one made from FILEs in a temporary folder).")
    Path db;

    @Parameters(arity = "0..*", paramLabel = "FILE", defaultValue = "seeds/xuzhou-2005.txt",
            description = "Articles (.txt) or RDF files of the database made when there is no --db (default: ${DEFAULT-VALUE}).")
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

    @Override
    public Integer call() {
        if (seconds < 1 || warmup < 0 || clients.stream().anyMatch(c -> c < 1)) {
            throw new ParameterException(spec.commandLine(), "--seconds and --clients must be at least 1, --warmup at least 0");
        }
        try (BenchDatabase made = BenchDatabase.of(spec, db, files, article.toOptions());
             KgDatabase database = KgDatabase.open(made.dir())) {
            return run(database.dataset());
        }
    }

    private int run(DatasetGraph dsg) {
        String person = firstPerson(dsg);
        Request describe = Request.query("describe", KgServer.DATASET, "DESCRIBE <" + person + ">", "text/turtle");
        List<Request> mix = mix(describe);
        String path = Pages.path(article.base, person).orElseThrow(() -> new KgException(
                "the person " + person + " is not under --base " + article.base + " (give the base the data was made with)"));
        Request page = new Request("page", path, "text/html");

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // our server as kg serve builds it; its Fuseki work area in a temporary folder, not in ./run
        KgServer kg = FusekiWorkArea.in(FusekiWorkArea.temporary(), () -> KgServer.start(dsg, ServerSettings.local(0).withBase(article.base)));
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add(KgServer.DATASET, dsg, false).build().start();
        try {
            String kgRoot = "http://localhost:" + kg.port();
            String bareRoot = "http://localhost:" + fuseki.getHttpPort();
            if (warmup > 0) {
                err.println("kg bench serve: warming up " + warmup + " s each");
                err.flush();
                new ServeBench(mix).run(kgRoot, 8, Duration.ofSeconds(warmup));
                new ServeBench(mix).run(bareRoot, 8, Duration.ofSeconds(warmup));
                new ServeBench(List.of(page)).run(kgRoot, 8, Duration.ofSeconds(warmup));
            }
            table(out, new ServeBench(mix), kgRoot, new ServeBench(mix), bareRoot);
            out.println("(latencies in ms; ratio = kg_req/s / bare_req/s; the same " + mix.size()
                    + " requests in turn on both: " + String.join(", ", mix.stream().map(Request::name).toList()) + ")");
            out.println();
            table(out, new ServeBench(List.of(page)), kgRoot, new ServeBench(List.of(describe)), bareRoot);
            out.println("(kg: GET " + path + " as text/html, 303 to its page followed; bare: DESCRIBE <" + person + ">)");
            out.flush();
        } finally {
            kg.stop();
            fuseki.stop();
        }
        return 0;
    }

    /** One row per client count: ours and bare, each with its own requests. */
    private void table(PrintWriter out, ServeBench ours, String kgRoot, ServeBench bare, String bareRoot) {
        out.printf(Locale.ROOT, "%7s %10s %10s %6s %8s %8s %8s %8s %7s %7s%n", "clients", "kg_req/s", "bare_req/s",
                "ratio", "kg_p50", "bare_p50", "kg_p99", "bare_p99", "kg_err", "bare_err");
        out.flush();
        boolean first = true;
        for (int n : clients) {
            // alternate which server goes first, so that a drift of the machine's load evens out
            Result k;
            Result b;
            if (first) {
                k = ours.run(kgRoot, n, Duration.ofSeconds(seconds));
                b = bare.run(bareRoot, n, Duration.ofSeconds(seconds));
            } else {
                b = bare.run(bareRoot, n, Duration.ofSeconds(seconds));
                k = ours.run(kgRoot, n, Duration.ofSeconds(seconds));
            }
            first = !first;
            out.printf(Locale.ROOT, "%7d %10.1f %10.1f %6.2f %8.1f %8.1f %8.1f %8.1f %7d %7d%n", n, k.perSecond(),
                    b.perSecond(), k.perSecond() / Math.max(1e-9, b.perSecond()), k.p50Nanos() / 1e6,
                    b.p50Nanos() / 1e6, k.p99Nanos() / 1e6, b.p99Nanos() / 1e6, k.errors(), b.errors());
            out.flush();
        }
    }

    /** The six competency queries and the entity request. */
    static List<Request> mix(Request entity) {
        CompetencyQueries cqs = CompetencyQueries.load();
        List<Request> mix = new ArrayList<>();
        for (Category c : Category.values()) {
            if (c.query() == c) {
                mix.add(Request.query(c.code(), KgServer.DATASET, cqs.text(c), Request.SPARQL_RESULTS));
            }
        }
        mix.add(entity);
        return mix;
    }

    private static String firstPerson(DatasetGraph dsg) {
        String query = "SELECT ?p { ?p <" + RDF.type.getURI() + "> <" + FOAF.Person.getURI() + "> } ORDER BY ?p LIMIT 1";
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution q = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
                var rows = q.execSelect();
                if (!rows.hasNext()) {
                    throw new KgException("the data has no foaf:Person to DESCRIBE (give articles with persons)");
                }
                return rows.next().getResource("p").getURI();
            }
        });
    }
}
