package dev.kg.cli;

import dev.kg.serve.AdminAccess;
import dev.kg.serve.FusekiWorkArea;
import dev.kg.serve.KgServer;
import dev.kg.serve.ServerLimits;
import dev.kg.serve.ServerSettings;
import dev.kg.store.KgDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kg serve}: a kg database → read-only SPARQL endpoint (embedded Fuseki). The first start
 * converts and loads the seed articles; later starts serve what the database holds.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a kg database as a read-only SPARQL endpoint at /kg/sparql.",
        footer = {"",
                "The data lives in the --db folder (default ./data). On the first start (no database, or an",
                "empty one) every *.txt under seeds/ is converted and loaded; later starts reuse the",
                "database without converting anything. FILEs given are loaded first, replacing their",
                "graphs (as 'kg load' does). Each article is a named graph; the default graph is the",
                "union of all.",
                "",
                "Examples:",
                "  kg serve                       # ./data (made from seeds/ on the first start), port 3030",
                "  kg serve --db /srv/kg --port 0 # another database, any free port",
                "  kg serve --mem out/*.ttl       # in memory only: these files, forgotten at exit",
                "  kg serve --timeout 30 --max-rows 100000 --allow-service query.wikidata.org",
                "  kg serve --admin-password-file ~/.kg-admin   # operator may back up, add datasets",
                "",
                "The Fuseki UI (query editor) is at /. Its admin area /$/ answers reads to everyone;",
                "a change there (create/delete a dataset, backup, compact) needs HTTP Basic",
                "authentication as user 'admin' with the admin password; without one, all are refused.",
                "Fuseki's work area (backups, logs) is DIR/fuseki (with --mem a temporary folder), not ./run,",
                "unless FUSEKI_BASE is set.",
                "",
                "Exit status: 1 if nothing could be loaded, 2 usage error, the port is taken or the",
                "database is in use or not a kg database."})
public final class ServeCommand implements Callable<Integer> {
    static final Path SEEDS = Path.of("seeds");

    @Spec
    CommandSpec spec;

    @Mixin
    ArticleOptions article;

    @Mixin
    DatabaseOption db;

    @Option(names = "--mem",
            description = "Keep the data in memory, not in a --db folder: the inputs are converted at every"
                    + " start and forgotten at exit.")
    boolean mem;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "" + KgServer.DEFAULT_PORT,
            description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--all-interfaces",
            description = "Listen on every network interface, not only on localhost.")
    boolean allInterfaces;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Cancel every query after this many seconds, also when its client has gone"
                    + " (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + ServerLimits.DEFAULT_MAX_ROWS,
            description = "A SELECT without LIMIT, or with a larger one, returns at most N rows"
                    + " (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--allow-service", paramLabel = "HOST", split = ",",
            description = "Hosts a query's SERVICE clause may call (default: none; SERVICE is refused).")
    List<String> serviceHosts;

    @Option(names = "--admin-password", paramLabel = "PASSWORD",
            description = "Password of user 'admin' for changes under /$/ (default: none; all refused)."
                    + " Visible in the process list: prefer --admin-password-file.")
    String adminPassword;

    @Option(names = "--admin-password-file", paramLabel = "FILE",
            description = "Read the admin password from the first line of FILE.")
    Path adminPasswordFile;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Articles (.txt) or RDF files to load before serving"
                    + " (default: every *.txt under seeds/ when the database is new).")
    List<Path> files;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0..65535, not " + port);
        }
        if (mem && spec.commandLine().getParseResult().hasMatchedOption("--db")) {
            throw new ParameterException(spec.commandLine(), "--mem and --db exclude each other (choose one)");
        }
        ServerLimits limits = limits();
        AdminAccess admin = admin();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KgDatabase database = mem ? KgDatabase.inMemory() : db.open();
        String where = mem ? "memory" : database.dir().toString();
        KgServer server;
        FileLoads loads;
        try {
            List<Path> inputs = inputs(database, where, out);
            loads = FileLoads.run(database.loader(article.toOptions()), inputs, out, err);
            loads.relink(database.dataset(), article.base, out);
            if (!inputs.isEmpty()) {
                out.println(loads.summary() + ".");
            }
            if (database.isEmpty()) {
                err.println("kg: nothing to serve: none of the " + inputs.size() + " inputs could be loaded");
                err.flush();
                database.close();
                return 1;
            }
            // Fuseki's admin work area goes inside the database (or a temporary folder), not into ./run
            Path workArea = mem ? FusekiWorkArea.temporary() : database.dir().resolve(FusekiWorkArea.DIR);
            server = FusekiWorkArea.in(workArea,
                    () -> KgServer.start(database.dataset(), new ServerSettings(port, !allInterfaces, limits, admin, article.base)));
        } catch (RuntimeException e) {
            try {
                database.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing); // the first failure is the one to report
            }
            throw e;
        }
        // the database is not closed at Ctrl-C: each load committed, and TDB2 and Lucene recover their locks
        out.println("Serving the database in " + where + ", read-only.");
        out.println("Query editor:    " + server.rootUrl() + "#/dataset/kg/query");
        out.println("SPARQL endpoint: " + server.sparqlUrl());
        out.println("Ontology:        " + server.ontologyUrl() + " (HTML, or Turtle/JSON-LD/RDF-XML by Accept)");
        out.println("Articles:        http://localhost:" + server.port() + "/articles (pages of every entity, search)");
        out.println("Try: curl -s " + server.sparqlUrl()
                + " --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 10'");
        out.println("Limits:          " + limits.timeout().toSeconds() + " s a query, " + limits.maxRows()
                + " rows a SELECT, SERVICE " + (limits.serviceHosts().isEmpty() ? "refused"
                        : "only to " + String.join(", ", limits.serviceHosts())));
        out.println("Admin (/$/):     " + (admin.isLocked() ? "read-only (no --admin-password)"
                : "changes need user '" + AdminAccess.USER + "' and the admin password"));
        out.println("Stop with Ctrl-C.");
        out.flush();
        server.join();
        database.close();
        return loads.failed() == 0 ? 0 : 1;
    }

    /** The FILEs given; else the seeds if the database is new (or empty), else nothing: it is served as it is. */
    private List<Path> inputs(KgDatabase database, String where, PrintWriter out) {
        if (files != null && !files.isEmpty()) {
            return files;
        }
        if (!database.isEmpty()) {
            // no counts: on a large database they would scan it at every start
            out.println("Reusing the database in " + where + "; nothing to convert.");
            return List.of();
        }
        List<Path> seeds = seeds();
        out.println("New database in " + where + ": converting and loading "
                + FileLoads.count(seeds.size(), "seed article") + ".");
        out.flush();
        return seeds;
    }

    private ServerLimits limits() {
        if (timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second, not " + timeoutSeconds);
        }
        if (maxRows < 1) {
            throw new ParameterException(spec.commandLine(), "--max-rows must be at least 1, not " + maxRows);
        }
        LinkedHashSet<String> hosts = new LinkedHashSet<>();
        for (String host : serviceHosts == null ? List.<String>of() : serviceHosts) {
            if (host.isBlank() || host.contains("/") || host.contains(":")) {
                throw new ParameterException(spec.commandLine(), "--allow-service takes host names"
                        + " (e.g. query.wikidata.org), not '" + host + "'");
            }
            hosts.add(host.strip());
        }
        return new ServerLimits(Duration.ofSeconds(timeoutSeconds), maxRows, hosts);
    }

    private AdminAccess admin() {
        if (adminPassword != null && adminPasswordFile != null) {
            throw new ParameterException(spec.commandLine(), "give --admin-password or --admin-password-file, not both");
        }
        if (adminPasswordFile != null) {
            return AdminAccess.passwordFile(adminPasswordFile);
        }
        if (adminPassword != null) {
            if (adminPassword.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--admin-password must not be empty");
            }
            return AdminAccess.password(adminPassword);
        }
        return AdminAccess.locked();
    }

    private List<Path> seeds() {
        if (!Files.isDirectory(SEEDS)) {
            throw new ParameterException(spec.commandLine(), "no FILE given and no seeds/ folder here"
                    + " (run from the project folder, or name the files to serve)");
        }
        try (Stream<Path> walk = Files.walk(SEEDS)) {
            List<Path> txt = walk.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted().toList();
            if (txt.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no FILE given and no *.txt under seeds/");
            }
            return txt;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
