package dev.kg.cli;

import dev.kg.KgException;
import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ContentHash;
import dev.kg.convert.ConvertOptions;
import dev.kg.convert.Manifest;
import dev.kg.convert.ParallelRun;
import dev.kg.rdf.RdfFormat;
import dev.kg.source.Article;
import dev.kg.source.ArticleReader;
import dev.kg.source.Corpus;
import dev.kg.source.Input;
import dev.kg.source.SizeLimit;
import dev.kg.source.SourceException;
import dev.kg.source.Survey;
import dev.kg.store.GraphWriter;
import dev.kg.store.OutputFile;
import dev.kg.store.OutputFile.Existing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code kg convert}: articles to RDF files. A bad article is reported and skipped; the rest convert.
 * The inputs are read twice, as streams: once for their ids (duplicates, outputs to check), once to
 * convert; what is held per article is its id, never its text or graph.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert Chinese news articles (UTF-8 text) to RDF.",
        footer = {"",
                "Examples:",
                "  kg convert seeds/xuzhou-2005.txt -o xuzhou.ttl",
                "  kg convert corpus/*.txt -o out/ --format jsonld",
                "  kg convert corpus/ archive.jsonl -o out/ --threads 4",
                "  kg convert corpus/ archive.jsonl -o corpus.nq",
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
            description = "Output file, - for stdout, a folder (for several articles, an existing folder, or a "
                    + "path ending in /), where NAME.txt becomes OUT/NAME.<ext>, or one .nq or .trig file for "
                    + "all the articles, a named graph each.")
    String output;

    @Option(names = "--force",
            description = "Replace output files that exist (never an input, a link, a folder or a device), and "
                    + "convert again the articles that a folder's manifest says are unchanged.")
    boolean force;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "ttl, trig, nq, jsonld, nt or rdfxml (default: by OUT's extension, else ttl).")
    RdfFormat format;

    @Option(names = "--threads", paramLabel = "N",
            description = "Convert on N threads (default: all cores, here ${DEFAULT-VALUE}); the output is the same.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "5",
            description = "On a terminal a progress bar; otherwise a progress line every SECONDS "
                    + "(default: ${DEFAULT-VALUE}).")
    long progressSeconds;

    @Option(names = "--max-article-size", paramLabel = "SIZE", defaultValue = "4m", converter = SizeConverter.class,
            description = "Refuse an article (a file, or a JSON Lines line) larger than SIZE bytes, before reading it; "
                    + "k, m, g are powers of 1024 (default: ${DEFAULT-VALUE}).")
    SizeLimit maxArticleSize;

    /**
     * What became of one entry: its triples, or why it failed ({@code message} for stderr, {@code failure}
     * for the summary); {@code bytes} is its RDF when the articles go into one stream.
     */
    private record Outcome(long estimated, long chars, long triples, String message, String failure, byte[] bytes,
                           boolean skipped) {
        static Outcome problem(String problem) {
            return new Outcome(0, 0, 0, problem, problem, null, false);
        }

        static Outcome done(Input input, Article a, long triples, byte[] bytes) {
            return new Outcome(input.size(), a.text().length(), triples, null, null, bytes, false);
        }

        static Outcome unchanged(Input input, Article a) {
            return new Outcome(input.size(), a.text().length(), 0, null, null, null, true);
        }
    }

    /** What the run has done so far: counts and failure reasons, nothing per article that succeeded. */
    private static final class Tally {
        long converted;
        long skipped;
        long triples;
        final List<String> failed = new ArrayList<>();
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
        Corpus corpus = Corpus.of(paths, maxArticleSize);
        Survey survey = Survey.of(corpus);
        if (survey.duplicate().isPresent()) {
            throw new ParameterException(spec.commandLine(), survey.duplicate().get());
        }
        OutputLayout layout;
        try {
            layout = OutputLayout.of(output, survey, format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Existing existing = force ? Existing.REPLACE : Existing.REFUSE;
        // a folder's manifest says what kg wrote there before: those files kg may replace, or skip
        Manifest manifest = layout.kind() == OutputLayout.Kind.FOLDER ? Manifest.open(layout.out()) : null;
        layout.checkTargets(survey, target -> force || manifest != null && manifest.owns(idOf(target, layout),
                target.getFileName().toString()));
        if (!layout.toStdout()) {
            removeStaleTemporaries(err, layout, survey);
        }
        Progress progress = new Progress(survey.articles(), survey.size());
        boolean terminal = survey.articles() > 1 && Progress.stderrIsTerminal();
        AutoCloseable ticker = survey.articles() <= 1 ? () -> { }
                : terminal ? progress.bar(System.err, "convert")
                : progress.every(Duration.ofSeconds(progressSeconds), line -> Progress.say(err, "kg: " + line));
        Tally tally = new Tally();
        Run run = new Run(layout, existing, manifest, corpus, survey, progress, tally, err);
        try {
            switch (layout.kind()) {
                case STREAM -> writeStream(run);
                case STDOUT -> convertAll(run, System.out);
                default -> convertAll(run, null);
            }
        } finally {
            Progress.close(ticker);
            if (manifest != null) {
                manifest.close();
            }
        }
        long total = survey.articles() + survey.problems();
        String summary = "converted " + tally.converted + " of " + total + (total == 1 ? " article" : " articles")
                + " (" + tally.triples + " triples)" + (layout.toStdout() ? " to stdout" : " into " + output);
        if (tally.skipped > 0) {
            summary += "; " + tally.skipped + " unchanged since the last run, skipped (--force converts them again)";
        }
        err.println(tally.failed.isEmpty() ? summary : summary + "; failed: " + String.join(", ", tally.failed));
        err.flush();
        return tally.failed.isEmpty() ? 0 : 1;
    }

    /** What one run works with, passed as one. */
    private record Run(OutputLayout layout, Existing existing, Manifest manifest, Corpus corpus, Survey survey,
                       Progress progress, Tally tally, PrintWriter err) {
    }

    /** One file for every article, placed only when complete, and only if some article converted. */
    private void writeStream(Run run) {
        try {
            OutputFile.write(run.layout().out(), run.existing(), out -> {
                try {
                    convertAll(run, out);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                out.flush();
                if (run.tally().converted == 0) {
                    throw new NothingConverted();
                }
            });
        } catch (NothingConverted e) {
            Progress.say(run.err(), "kg: no article converted; " + run.layout().out() + " not written");
        }
    }

    /** Thrown inside {@link OutputFile#write} so that the stream's file is not placed at all. */
    private static final class NothingConverted extends RuntimeException {
        NothingConverted() {
            super(null, null, false, false);
        }
    }

    /** Converts every entry on the threads; with {@code stream}, each article's RDF goes there in input order. */
    private void convertAll(Run run, OutputStream stream) {
        ArticleReader reader = run.corpus().reader();
        ConvertOptions options = article.toOptions();
        Tally tally = run.tally();
        PrintWriter err = run.err();
        Progress progress = run.progress();
        int n = (int) Math.min(threads, Math.max(run.survey().articles(), 1));
        ParallelRun.<ArticleConverter, Corpus.Entry, Outcome>stream(run.corpus()::forEach, n, ArticleConverter::new,
                (converter, entry) -> entry.isProblem() ? Outcome.problem(entry.problem())
                        : convert(converter, reader, options, entry.input(), run),
                outcome -> {
                    if (outcome.message() != null) {
                        Progress.say(err, "kg: " + outcome.message());
                        tally.failed.add(outcome.failure());
                    } else if (outcome.skipped()) {
                        tally.skipped++;
                    } else {
                        tally.converted++;
                        tally.triples += outcome.triples();
                        if (stream != null) {
                            write(stream, outcome.bytes());
                        }
                    }
                    progress.done(outcome.estimated(), outcome.chars());
                });
    }

    private Outcome convert(ArticleConverter converter, ArticleReader reader, ConvertOptions options,
                            Input input, Run run) {
        OutputLayout layout = run.layout();
        try {
            Article a = input.read(reader);
            ConvertOptions own = options.forInput(input);
            if (layout.oneStream()) {
                // serialized here, on the worker's thread; written in order by the caller
                Model model = converter.convert(a, own);
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                GraphWriter.write(model, buffer, layout.format());
                return Outcome.done(input, a, model.size(), buffer.toByteArray());
            }
            Path target = layout.targetFor(input.id());
            Manifest manifest = run.manifest();
            if (manifest == null) {
                Model model = converter.convert(a, own);
                GraphWriter.write(model, target, layout.format(), run.existing());
                return Outcome.done(input, a, model.size(), null);
            }
            String hash = ContentHash.of(a, own, layout.format().extension());
            String file = target.getFileName().toString();
            if (!force && manifest.isCurrent(input.id(), hash, target)) {
                return Outcome.unchanged(input, a);
            }
            Existing existing = force || manifest.owns(input.id(), file) ? Existing.REPLACE : Existing.REFUSE;
            Model model = converter.convert(a, own);
            manifest.claim(input.id(), file);
            GraphWriter.write(model, target, layout.format(), existing);
            manifest.done(input.id(), hash, file);
            return Outcome.done(input, a, model.size(), null);
        } catch (SourceException e) {
            return failure(e.getMessage(), input, e.reason());
        } catch (KgException e) {
            return failure(e.getMessage(), input, firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            // a converter bug on one article must not cost the user the others
            return failure(input.location() + ": conversion failed: " + e + " (a bug in kg; please report it)",
                    input, "conversion failed");
        }
    }

    /**
     * Bytes, not the terminal's character writer: RDF is UTF-8 whatever the locale, and {@code LANG=C}
     * would turn 座谈会 into ???.
     */
    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A run killed while writing leaves its temporary files; the next run into the folder removes them. */
    private static void removeStaleTemporaries(PrintWriter err, OutputLayout layout, Survey survey) {
        List<Path> removed = OutputFile.removeStaleTemporaries(layout.folder(), layout.targetNames(survey.ids()));
        if (!removed.isEmpty()) {
            err.println("kg: removed " + removed.size() + " temporary file" + (removed.size() == 1 ? "" : "s")
                    + " left in " + layout.folder() + " by an earlier run that was stopped (e.g. "
                    + removed.get(0).getFileName() + ")");
        }
    }

    private static Outcome failure(String message, Input input, String reason) {
        String name = input.batch() ? input.location() : input.file().getFileName().toString();
        long size = input.size();
        return new Outcome(size, size, 0, firstLine(message), name + " (" + reason + ")", null, false);
    }

    /** The article id whose output {@code target} is: its name without the format's extension. */
    private static String idOf(Path target, OutputLayout layout) {
        String name = target.getFileName().toString();
        return name.substring(0, name.length() - layout.format().extension().length() - 1);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    static final class SizeConverter implements ITypeConverter<SizeLimit> {
        @Override
        public SizeLimit convert(String value) {
            try {
                return SizeLimit.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
