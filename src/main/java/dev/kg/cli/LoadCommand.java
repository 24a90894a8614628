package dev.kg.cli;

import dev.kg.store.KgDatabase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg load}: articles and RDF files → named graphs in the kg database that {@code kg serve} serves. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Add articles and RDF files to a kg database, one named graph each.",
        footer = {"",
                "An article's graph is named by its article IRI, an RDF file's by its file: URI (TriG and",
                "N-Quads keep their own graph names). Loading a graph again replaces it. Each file is",
                "loaded in one transaction: a file that fails leaves the database as it was.",
                "Stop a running 'kg serve' on the same database first (one process at a time).",
                "",
                "Examples:",
                "  kg load seeds/xuzhou-2005.txt          # into ./data, created if absent",
                "  kg load --db /srv/kg news/*.txt extra.ttl",
                "",
                "Exit status: 0 all loaded, 1 some file failed (the others are loaded),",
                "2 usage error or the database cannot be opened."})
public final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArticleOptions article;

    @Mixin
    DatabaseOption db;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Articles (.txt) or RDF files (.ttl .trig .jsonld .nt .nq .rdf).")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (KgDatabase database = db.open()) {
            FileLoads loads = FileLoads.run(database.loader(article.toOptions()), files, out, err);
            out.println(loads.summary() + " into " + database.dir() + ", which now holds "
                    + FileLoads.count(database.graphs(), "graph") + ", " + FileLoads.count(database.triples(), "triple") + ".");
            out.flush();
            return loads.failed() == 0 ? 0 : 1;
        }
    }
}
