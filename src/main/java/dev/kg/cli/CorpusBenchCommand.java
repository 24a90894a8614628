package dev.kg.cli;

import dev.kg.bench.BenchArticles;
import dev.kg.bench.SyntheticCorpus;
import dev.kg.convert.ArticleConverter;
import dev.kg.store.OutputFile;
import dev.kg.store.OutputFile.Existing;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg bench corpus}: a synthetic corpus of any size, for the conversion and memory benchmarks. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = {"Make a SYNTHETIC corpus (JSON Lines) for benchmarks from real articles.",
                "Each article recombines sentences of the --from articles at random (a source article's paragraph "
                        + "shape, a source's first sentence first); every person the converter finds there is renamed "
                        + "to a generated name (a common surname and given-name characters from fixed lists) and every "
                        + "place the gazetteer knows becomes another division of its level. Ids are synthetic-000001 "
                        + "… (the id marks them; no \"source\" URL is made up). The same sources and --seed give the same "
                        + "file, byte for byte. Not news: the text states nothing true."},
        footer = {"",
                "Examples:",
                "  kg bench corpus --from ../shared/corpus/dev --articles 10000 -o synthetic.jsonl",
                "  kg bench corpus --from seeds --articles 100 --seed 7 -o small.jsonl",
                "",
                "The sources are read, not copied: only their recombined, renamed sentences are written."})
public final class CorpusBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, arity = "1..*", paramLabel = "INPUT",
            description = "Source articles: files, folders (*.txt, recursively) or JSON Lines.")
    List<Path> from;

    @Option(names = "--articles", required = true, paramLabel = "N", description = "How many articles to make.")
    int articles;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the random choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.jsonl", description = "The JSON Lines file to write.")
    Path output;

    @Option(names = "--force", description = "Replace OUT if it exists (a regular file only).")
    boolean force;

    @Override
    public Integer call() {
        if (articles < 1) {
            throw new ParameterException(spec.commandLine(), "--articles must be at least 1, not " + articles);
        }
        if (!output.toString().endsWith(".jsonl")) {
            throw new ParameterException(spec.commandLine(), "-o must name a .jsonl file, not " + output);
        }
        SyntheticCorpus corpus = SyntheticCorpus.from(BenchArticles.read(from, skipped -> say("kg: skipped " + skipped)), new ArticleConverter());
        OutputFile.write(output, force ? Existing.REPLACE : Existing.REFUSE, out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            corpus.write(articles, seed, line -> {
                try {
                    w.write(line);
                    w.write('\n');
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            w.flush();
        });
        spec.commandLine().getErr().println("kg: wrote " + articles + " synthetic articles to " + output);
        return 0;
    }

    private void say(String line) {
        spec.commandLine().getErr().println(line);
        spec.commandLine().getErr().flush();
    }
}
