package dev.kg.cli;

import dev.kg.store.KgDatabase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg load}: articles and RDF files → named graphs in the kg database that {@code kg serve} serves. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Add articles and RDF files to a kg database, one named graph each, in one bulk load.",
        footer = {"",
                "An article's graph is named by its article IRI, an RDF file's by its file: URI (TriG and",
                "N-Quads keep their own graph names). Loading a graph again replaces it. Everything goes",
                "through Jena's TDB2 bulk loader in one transaction: if any input fails, or the load is",
                "killed, nothing is loaded and the database (and its text index) is as it was before.",
                "Articles are converted on --threads cores while the loader writes. After the load, the",
                "linksets across articles are computed again over the whole database (skip with --no-link;",
                "the next load without it catches up).",
                "Stop a running 'kg serve' on the same database first (one process at a time).",
                "",
                "Examples:",
                "  kg load seeds/xuzhou-2005.txt          # into ./data, created if absent",
                "  kg load --db /srv/kg news/ archive.jsonl extra.ttl",
                "  kg load --db /srv/kg --no-link corpus.nq",
                "",
                "Exit status: 0 all loaded, 1 an input failed (nothing is loaded),",
                "2 usage error or the database cannot be opened."})
public final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArticleOptions article;

    @Mixin
    DatabaseOption db;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles (.txt files, folders of them, JSON Lines"
            + " files .jsonl) or RDF files (.ttl .trig .jsonld .nt .nq .rdf).")
    List<Path> files;

    @Option(names = "--threads", paramLabel = "N",
            description = "Convert articles on N threads (default: all cores, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "5",
            description = "When stderr is no terminal, a progress line there every SECONDS (default: ${DEFAULT-VALUE}); on a terminal, a progress bar.")
    long progressSeconds;

    @Option(names = "--no-link",
            description = "Do not recompute the linksets across articles after the load (it costs a pass over the"
                    + " whole database); the next load without --no-link catches up.")
    boolean noLink;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        if (progressSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--progress-every must be at least 1, not " + progressSeconds);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (KgDatabase database = db.open()) {
            FileLoads loads = FileLoads.bulk(database, files, article.toOptions(), threads,
                    Duration.ofSeconds(progressSeconds), out, err);
            if (loads.failed() > 0) {
                return 1;
            }
            if (!noLink) {
                loads.relink(database.dataset(), article.base, out);
            }
            out.println(loads.summary() + " into " + database.dir() + ".");
            out.flush();
            return 0;
        }
    }
}
