package dev.kg.cli;

import dev.kg.KgException;
import dev.kg.serve.KgServer;
import dev.kg.serve.ServerLimits;
import dev.kg.store.DatasetLoader;
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

/** {@code kg serve}: articles → in-memory dataset → read-only SPARQL endpoint (embedded Fuseki). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Convert articles and serve them as a read-only SPARQL endpoint at /kg/sparql.",
        footer = {"",
                "Each article is a named graph; the default graph is the union of all.",
                "",
                "Examples:",
                "  kg serve                       # every *.txt under ./seeds, on port 3030",
                "  kg serve --port 0 out/*.ttl    # any free port; RDF files work too",
                "  kg serve --timeout 30 --max-rows 100000 --allow-service query.wikidata.org",
                "",
                "Exit status: 1 if no input could be loaded, 2 usage error or the port is taken."})
public final class ServeCommand implements Callable<Integer> {
    static final Path SEEDS = Path.of("seeds");

    @Spec
    CommandSpec spec;

    @Mixin
    ArticleOptions article;

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

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Articles (.txt) or RDF files to serve (default: every *.txt under seeds/).")
    List<Path> files;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0..65535, not " + port);
        }
        ServerLimits limits = limits();
        List<Path> inputs = files == null || files.isEmpty() ? seeds() : files;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DatasetLoader loader = new DatasetLoader(article.toOptions());
        int loaded = 0;
        for (Path input : inputs) {
            try {
                loader.load(input);
                loaded++;
            } catch (KgException e) {
                err.println("kg: " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        err.flush();
        if (loaded == 0) {
            err.println("kg: nothing to serve: none of the " + inputs.size() + " inputs could be loaded");
            err.flush();
            return 1;
        }
        long triples = loader.dataset().getDefaultGraph().size();
        KgServer server = KgServer.start(loader.dataset(), port, !allInterfaces, limits, article.base);
        String served = loaded == inputs.size() ? loaded + (loaded == 1 ? " file" : " files")
                : loaded + " of " + inputs.size() + " files";
        out.println("Serving " + served + " (" + triples + " triples), read-only.");
        out.println("SPARQL endpoint: " + server.sparqlUrl());
        out.println("Ontology:        " + server.ontologyUrl() + " (HTML, or Turtle/JSON-LD/RDF-XML by Accept)");
        out.println("Articles:        http://localhost:" + server.port() + "/articles (pages of every entity, search)");
        out.println("Try: curl -s " + server.sparqlUrl()
                + " --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 10'");
        out.println("Limits:          " + limits.timeout().toSeconds() + " s a query, " + limits.maxRows()
                + " rows a SELECT, SERVICE " + (limits.serviceHosts().isEmpty() ? "refused"
                        : "only to " + String.join(", ", limits.serviceHosts())));
        out.println("Stop with Ctrl-C.");
        out.flush();
        server.join();
        return loaded == inputs.size() ? 0 : 1;
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
