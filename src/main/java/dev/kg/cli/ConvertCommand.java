package dev.kg.cli;

import dev.kg.KgException;
import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.rdf.RdfFormat;
import dev.kg.source.Article;
import dev.kg.source.ArticleReader;
import dev.kg.source.SourceException;
import dev.kg.store.GraphWriter;
import dev.kg.store.OutputFile;
import dev.kg.store.OutputFile.Existing;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
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

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files: UTF-8 text, one article each.")
    List<Path> inputs;

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

    @Override
    public Integer call() {
        OutputLayout layout;
        try {
            layout = OutputLayout.of(output, inputs, format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        Existing existing = force ? Existing.REPLACE : Existing.REFUSE;
        layout.checkTargets(inputs, existing);
        if (!layout.toStdout()) {
            removeStaleTemporaries(err, layout);
        }
        ArticleReader reader = new ArticleReader();
        ArticleConverter converter = new ArticleConverter();
        ConvertOptions options = article.toOptions();
        boolean progress = inputs.size() > 1 && System.console() != null;
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Path input = inputs.get(i);
            if (progress) {
                err.println("[" + (i + 1) + "/" + inputs.size() + "] " + input.getFileName());
                err.flush();
            }
            try {
                Article a = reader.read(input);
                Model model = converter.convert(a, options);
                if (layout.toStdout()) {
                    print(model, layout);
                } else {
                    GraphWriter.write(model, layout.targetFor(input), layout.format(), existing);
                }
            } catch (SourceException e) {
                failed.add(report(err, e.getMessage(), input, e.reason()));
            } catch (KgException e) {
                failed.add(report(err, e.getMessage(), input, firstLine(e.getMessage())));
            } catch (RuntimeException e) {
                // a converter bug on one article must not cost the user the others
                failed.add(report(err, input + ": conversion failed: " + e + " (a bug in kg; please report it)",
                        input, "conversion failed"));
            }
        }
        int converted = inputs.size() - failed.size();
        String summary = "converted " + converted + " of " + inputs.size()
                + (inputs.size() == 1 ? " article" : " articles");
        String where = layout.toStdout() ? " to stdout" : " into " + output;
        err.println(failed.isEmpty() ? summary + where : summary + "; failed: " + String.join(", ", failed));
        err.flush();
        return failed.isEmpty() ? 0 : 1;
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
    private void removeStaleTemporaries(PrintWriter err, OutputLayout layout) {
        List<Path> removed = OutputFile.removeStaleTemporaries(layout.folder(), layout.targetNames(inputs));
        if (!removed.isEmpty()) {
            err.println("kg: removed " + removed.size() + " temporary file" + (removed.size() == 1 ? "" : "s")
                    + " left in " + layout.folder() + " by an earlier run that was stopped (e.g. "
                    + removed.get(0).getFileName() + ")");
        }
    }

    private static String report(PrintWriter err, String message, Path input, String reason) {
        err.println("kg: " + firstLine(message));
        return input.getFileName() + " (" + reason + ")";
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
