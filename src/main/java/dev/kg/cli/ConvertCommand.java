package dev.kg.cli;

import dev.kg.KgException;
import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.rdf.RdfFormat;
import dev.kg.source.Article;
import dev.kg.convert.ParallelRun;
import dev.kg.source.ArticleReader;
import dev.kg.source.Input;
import dev.kg.source.Inputs;
import dev.kg.source.SourceException;
import dev.kg.store.GraphWriter;
import dev.kg.store.OutputFile;
import dev.kg.store.OutputFile.Existing;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg convert}: articles to RDF files. A bad article is reported and skipped; the rest convert. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert Chinese news articles (UTF-8 text) to RDF.",
        footer = {"",
                "Examples:",
                "  kg convert seeds/xuzhou-2005.txt -o xuzhou.ttl",
                "  kg convert corpus/*.txt -o out/ --format jsonld",
                "  kg convert corpus/ archive.jsonl -o out/ --threads 4",
                "  kg convert seeds/xuzhou-2005.txt -o - --format nt",
                "",
                "Never writes over an input, a symbolic link, a folder or a device; an existing",
                "output file only with --force.",
                "",
                "Exit status: 0 all converted, 1 some input failed, 2 usage error or a refused output."})
public final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArticleOptions article;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files (UTF-8 text, one article each), "
            + "folders (every *.txt inside, recursively) or JSON Lines files (*.jsonl, one article a line).")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "Output file, - for stdout (one input), or a folder (for several inputs, an existing "
                    + "folder, or a path ending in /), where NAME.txt becomes OUT/NAME.<ext>.")
    String output;

    @Option(names = "--force",
            description = "Replace output files that exist (never an input, a link, a folder or a device).")
    boolean force;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "ttl, trig, nq, jsonld, nt or rdfxml (default: by OUT's extension, else ttl).")
    RdfFormat format;

    @Option(names = "--threads", paramLabel = "N",
            description = "Convert on N threads (default: all cores, here ${DEFAULT-VALUE}); the output is the same.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "5",
            description = "When stderr is not a terminal, a progress line every SECONDS (default: ${DEFAULT-VALUE}).")
    long progressSeconds;

    /** What became of one article: its triples, or why it failed (one line for the summary). */
    private record Outcome(long triples, String failure) {
    }

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        if (progressSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--progress-every must be at least 1, not " + progressSeconds);
        }
        PrintWriter err = spec.commandLine().getErr();
        Inputs expanded = Inputs.expand(paths);
        List<Input> inputs = expanded.inputs();
        OutputLayout layout;
        try {
            layout = OutputLayout.of(output, inputs, format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Existing existing = force ? Existing.REPLACE : Existing.REFUSE;
        layout.checkTargets(inputs, existing);
        if (!layout.toStdout()) {
            removeStaleTemporaries(err, layout, inputs);
        }
        List<String> failed = new ArrayList<>();
        for (String problem : expanded.problems()) {
            err.println("kg: " + problem);
            failed.add(problem);
        }
        err.flush();
        ArticleReader reader = new ArticleReader();
        ConvertOptions options = article.toOptions();
        Progress progress = new Progress(inputs.size(), inputs.stream().mapToLong(Input::size).sum());
        boolean terminal = System.console() != null;
        AutoCloseable ticker = inputs.size() > 1 && !terminal
                ? progress.every(Duration.ofSeconds(progressSeconds), line -> say(err, "kg: " + line))
                : () -> { };
        List<Outcome> outcomes;
        try {
            outcomes = ParallelRun.run(inputs, Math.min(threads, Math.max(inputs.size(), 1)), ArticleConverter::new,
                    (converter, input) -> {
                        Outcome o = convert(converter, reader, options, input, layout, existing, err);
                        progress.done(input.size());
                        if (terminal && inputs.size() > 1) {
                            say(err, "[" + progress.articles() + "/" + inputs.size() + "] " + input.id());
                        }
                        return o;
                    });
        } finally {
            close(ticker);
        }
        long triples = 0;
        for (Outcome o : outcomes) {
            triples += o.triples();
            if (o.failure() != null) {
                failed.add(o.failure());
            }
        }
        int total = inputs.size() + expanded.problems().size();
        int converted = total - failed.size();
        String summary = "converted " + converted + " of " + total + (total == 1 ? " article" : " articles")
                + " (" + triples + " triples)" + (layout.toStdout() ? " to stdout" : " into " + output);
        err.println(failed.isEmpty() ? summary : summary + "; failed: " + String.join(", ", failed));
        err.flush();
        return failed.isEmpty() ? 0 : 1;
    }

    private static Outcome convert(ArticleConverter converter, ArticleReader reader, ConvertOptions options,
                                   Input input, OutputLayout layout, Existing existing, PrintWriter err) {
        try {
            Article a = input.read(reader);
            ConvertOptions own = input.published().map(options::withPublished).orElse(options);
            Model model = converter.convert(a, own);
            if (layout.toStdout()) {
                print(model, layout);
            } else {
                GraphWriter.write(model, layout.targetFor(input), layout.format(), existing);
            }
            return new Outcome(model.size(), null);
        } catch (SourceException e) {
            return failure(err, e.getMessage(), input, e.reason());
        } catch (KgException e) {
            return failure(err, e.getMessage(), input, firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            // a converter bug on one article must not cost the user the others
            return failure(err, input.location() + ": conversion failed: " + e + " (a bug in kg; please report it)",
                    input, "conversion failed");
        }
    }

    private static void close(AutoCloseable ticker) {
        try {
            ticker.close();
        } catch (Exception e) {
            throw new IllegalStateException(e); // shutting an executor down throws nothing checked
        }
    }

    private static void say(PrintWriter err, String line) {
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }

    /**
     * Whole, or not at all: a failure while serializing prints nothing. Bytes, not the terminal's
     * character writer: RDF is UTF-8 whatever the locale, and {@code LANG=C} would turn 座谈会 into ???.
     */
    private static void print(Model model, OutputLayout layout) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        GraphWriter.write(model, buffer, layout.format());
        byte[] bytes = buffer.toByteArray();
        System.out.write(bytes, 0, bytes.length);
        System.out.flush();
    }

    /** A run killed while writing leaves its temporary files; the next run into the folder removes them. */
    private void removeStaleTemporaries(PrintWriter err, OutputLayout layout, List<Input> inputs) {
        List<Path> removed = OutputFile.removeStaleTemporaries(layout.folder(), layout.targetNames(inputs));
        if (!removed.isEmpty()) {
            err.println("kg: removed " + removed.size() + " temporary file" + (removed.size() == 1 ? "" : "s")
                    + " left in " + layout.folder() + " by an earlier run that was stopped (e.g. "
                    + removed.get(0).getFileName() + ")");
        }
    }

    private static Outcome failure(PrintWriter err, String message, Input input, String reason) {
        say(err, "kg: " + firstLine(message));
        String name = input.batch() ? input.location() : input.file().getFileName().toString();
        return new Outcome(0, name + " (" + reason + ")");
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
