package dev.kg.cli;

import dev.kg.store.DatasetLoader;
import dev.kg.store.QueryRunner;
import dev.kg.store.ResultsSyntax;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Stack;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg query}: one SPARQL query over RDF files and articles. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over RDF files and articles.",
        footer = {"",
                "Each DATA file is loaded into its own named graph; the default graph is the union of all.",
                "",
                "Examples:",
                "  kg query -d out/d01.ttl queries/cq/persons.rq",
                "  kg query -d seeds/xuzhou-2005.txt out/*.ttl queries/cq/events.rq --results csv",
                "",
                "Exit status: 0 ok, 2 usage error or a query/data file that does not parse."})
public final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArticleOptions article;

    @Option(names = {"-d", "--data"}, required = true, arity = "1..*", paramLabel = "DATA",
            parameterConsumer = DataFiles.class,
            description = "RDF files (syntax by extension: .ttl .trig .jsonld .nt .nq .rdf) or articles "
                    + "(.txt, converted on the fly); they run up to the next option or the .rq file.")
    List<Path> data = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "QUERY.rq", description = "File holding the SPARQL query.")
    Path query;

    @Option(names = {"-r", "--results"}, paramLabel = "SYNTAX", defaultValue = "text",
            description = "text, csv, tsv or json (default: ${DEFAULT-VALUE}). "
                    + "CONSTRUCT and DESCRIBE print Turtle (text), JSON-LD (json) or N-Triples (csv, tsv).")
    ResultsSyntax results;

    @Override
    public Integer call() {
        Query parsed = QueryRunner.parse(query); // a bad query fails before any data is converted
        DatasetLoader loader = new DatasetLoader(article.toOptions());
        data.forEach(loader::load);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        QueryRunner.run(parsed, loader.dataset(), results, buffer);
        PrintWriter out = spec.commandLine().getOut();
        String results = buffer.toString(StandardCharsets.UTF_8);
        out.print(results.endsWith("\n") ? results : results + System.lineSeparator());
        out.flush();
        return 0;
    }

    /** Takes the values after {@code -d} up to the next option or the query file. */
    static final class DataFiles implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            List<Path> files = argSpec.getValue();
            int taken = 0;
            while (!args.isEmpty()) {
                String next = args.peek();
                if (taken > 0 && (next.startsWith("-") || isQueryFile(next))) {
                    break;
                }
                files.add(Path.of(args.pop()));
                taken++;
            }
            if (taken == 0) {
                throw new ParameterException(commandSpec.commandLine(), "Missing DATA file after -d");
            }
        }

        private static boolean isQueryFile(String arg) {
            String lower = arg.toLowerCase(Locale.ROOT);
            return lower.endsWith(".rq") || lower.endsWith(".sparql");
        }
    }
}
