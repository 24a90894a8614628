package dev.kg.cli;

import dev.kg.KgException;
import dev.kg.convert.ArticleConverter;
import dev.kg.eval.Category;
import dev.kg.eval.CategoryScore;
import dev.kg.eval.CorpusEvaluator;
import dev.kg.eval.HanlpBaseline;
import dev.kg.eval.ReportPrinter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kg eval CORPUS_DIR...}: converts every article that has a gold file, scores the competency
 * queries' rows against gold in seven categories, and prints P/R/F1 per article and for the corpus,
 * beside HanLP's own NER as a baseline. Exit 1 when a {@code --min-f1} threshold is missed, 2 on a
 * usage error.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the converter against gold annotations (NAME.txt beside NAME.gold.json).",
            "",
            "Categories: persons (name); organizations, places (name or alias); positions (person, title, "
                    + "org); events (kind, month-day); participants (person, role, event month-day); "
                    + "event_details (kind, month-day, place and organizer of an event together).",
            "",
            "Equivalences applied to gold and ours alike (annotation conventions of the corpus README): "
                    + "attendee beside another role of the same person at the same event is implied; "
                    + "a title starting with its organization's name (an ending of two characters or more) "
                    + "is compared without it (区委副书记 in 区委 = 副书记 in 区委); a place with or without its "
                    + "division suffix is one place (萧山 = 萧山区)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all thresholds met", "1:a --min-f1 threshold missed, or an article failed",
                "2:usage error"})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CORPUS_DIR",
            description = "Directories holding NAME.txt and NAME.gold.json pairs.")
    List<Path> corpusDirs;

    @Option(names = "--verbose", description = "List each missing and extra fact per article.")
    boolean verbose;

    @Option(names = "--min-f1", paramLabel = "CATEGORY=VALUE", split = ",",
            description = "Fail (exit 1) when the corpus F1 of CATEGORY (persons, organizations, places, "
                    + "positions, events, participants, event_details) is below VALUE (0..1). Repeatable.")
    Map<String, String> minF1 = new LinkedHashMap<>();

    @Option(names = "--baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also score HanLP's own NER as a baseline (default: ${DEFAULT-VALUE}).")
    boolean baseline;

    @Option(names = "--markdown", description = "Print only the corpus totals, as a Markdown table.")
    boolean markdown;

    @Override
    public Integer call() {
        Map<Category, Double> thresholds = thresholds();
        checkCorpusDirs();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        CorpusEvaluator.Report report;
        try {
            CorpusEvaluator evaluator = new CorpusEvaluator(new ArticleConverter(),
                    baseline ? Optional.of(new HanlpBaseline()) : Optional.empty());
            report = evaluator.evaluate(corpusDirs);
        } catch (KgException e) {
            err.println("kg eval: " + e.getMessage());
            return 1;
        }
        ReportPrinter printer = new ReportPrinter();
        out.print(markdown ? printer.markdown(report) : printer.table(report, verbose));
        out.flush();

        int exit = 0;
        for (Map.Entry<Category, Double> t : thresholds.entrySet()) {
            double f1 = report.oursTotal().score(t.getKey()).map(CategoryScore::f1).orElse(0.0);
            if (f1 < t.getValue()) {
                err.printf(Locale.ROOT, "kg eval: %s F1 %.3f is below the threshold %.3f%n",
                        t.getKey().code(), f1, t.getValue());
                exit = 1;
            }
        }
        err.flush();
        return exit;
    }

    private Map<Category, Double> thresholds() {
        Map<Category, Double> thresholds = new EnumMap<>(Category.class);
        for (Map.Entry<String, String> e : minF1.entrySet()) {
            Category c = Category.ofCode(e.getKey()).orElseThrow(() -> usage(
                    "--min-f1: unknown category '" + e.getKey() + "'; expected one of "
                            + List.of(Category.values()).stream().map(Category::code).toList()));
            double value;
            try {
                value = Double.parseDouble(e.getValue());
            } catch (NumberFormatException ex) {
                throw usage("--min-f1 " + e.getKey() + ": '" + e.getValue() + "' is not a number");
            }
            if (!(value >= 0 && value <= 1)) {
                throw usage("--min-f1 " + e.getKey() + ": " + e.getValue() + " is not between 0 and 1");
            }
            thresholds.put(c, value);
        }
        return thresholds;
    }

    private void checkCorpusDirs() {
        for (Path dir : corpusDirs) {
            if (!Files.isDirectory(dir)) {
                throw usage(dir + ": not a directory");
            }
            if (CorpusEvaluator.goldArticles(dir).isEmpty()) {
                throw usage(dir + ": no NAME.txt with a NAME.gold.json beside it");
            }
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
