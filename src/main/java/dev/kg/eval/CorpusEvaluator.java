package dev.kg.eval;

import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.source.Article;
import dev.kg.source.ArticleReader;
import dev.kg.source.SourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;

/**
 * Runs the evaluation over corpus directories: every {@code NAME.txt} with a {@code NAME.gold.json}
 * beside it is converted by one {@link ArticleConverter} (with the gold file's {@code published}
 * date when it has one), queried with the six competency queries and scored; optionally the HanLP
 * baseline is scored on the same text.
 *
 * <pre>
 *   CorpusEvaluator evaluator = new CorpusEvaluator(new ArticleConverter(), Optional.of(new HanlpBaseline()));
 *   CorpusEvaluator.Report report = evaluator.evaluate(List.of(Path.of("corpus/dev")));
 * </pre>
 */
public final class CorpusEvaluator {
    static final String TEXT_SUFFIX = ".txt";
    static final String GOLD_SUFFIX = ".gold.json";

    /** One article's outcome: our competency-query rows, our score, and the baseline's if it ran. */
    public record ArticleResult(String id, Map<Category, List<Map<String, String>>> rows, ArticleScore ours,
                                Optional<ArticleScore> baseline) {
        public ArticleResult {
            Objects.requireNonNull(id, "id");
            rows = Map.copyOf(rows);
            Objects.requireNonNull(ours, "ours");
            Objects.requireNonNull(baseline, "baseline");
        }
    }

    /** All articles in the order read, with micro-averaged totals. */
    public record Report(List<ArticleResult> articles, ArticleScore oursTotal, Optional<ArticleScore> baselineTotal) {
        public Report {
            articles = List.copyOf(articles);
        }

        /** Totals micro-averaged from the articles; a baseline total when any article has a baseline. */
        public static Report of(List<ArticleResult> articles) {
            ArticleScore ours = ArticleScore.total("total", articles.stream().map(ArticleResult::ours).toList());
            List<ArticleScore> base = articles.stream().flatMap(r -> r.baseline().stream()).toList();
            return new Report(articles, ours,
                    base.isEmpty() ? Optional.empty() : Optional.of(ArticleScore.total("total", base)));
        }
    }

    private final ArticleConverter converter;
    private final Optional<HanlpBaseline> baseline;
    private final CompetencyQueries queries = CompetencyQueries.load();
    private final Scorer scorer = new Scorer();

    public CorpusEvaluator(ArticleConverter converter, Optional<HanlpBaseline> baseline) {
        this.converter = Objects.requireNonNull(converter, "converter");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
    }

    /** The article texts of a directory that have a gold file beside them, sorted by name. */
    public static List<Path> goldArticles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(TEXT_SUFFIX))
                    .filter(p -> Files.isRegularFile(goldFileOf(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new EvalException(dir + ": cannot list corpus directory (" + e.getMessage() + ")", e);
        }
    }

    public Report evaluate(List<Path> corpusDirs) {
        List<ArticleResult> results = new ArrayList<>();
        for (Path dir : corpusDirs) {
            for (Path text : goldArticles(dir)) {
                results.add(evaluate(text));
            }
        }
        return Report.of(results);
    }

    /** Evaluates one {@code NAME.txt} against the {@code NAME.gold.json} beside it. */
    public ArticleResult evaluate(Path textFile) {
        GoldArticle gold = GoldReader.read(goldFileOf(textFile));
        Article article = readArticle(textFile);
        ConvertOptions options = gold.published()
                .map(ConvertOptions.defaults()::withPublished)
                .orElse(ConvertOptions.defaults());
        Model model;
        try {
            model = converter.convert(article, options);
        } catch (RuntimeException e) {
            throw new EvalException(textFile + ": conversion failed: " + e.getMessage(), e);
        }
        Map<Category, List<Map<String, String>>> rows = queries.runAll(model);
        return new ArticleResult(article.id(), rows, scorer.score(gold, rows),
                baseline.map(b -> scorer.score(gold, b.rows(article.text()))));
    }

    /** Read with the same checks as every other input (empty, binary, not UTF-8). */
    private static Article readArticle(Path textFile) {
        try {
            return new ArticleReader().read(textFile);
        } catch (SourceException e) {
            throw new EvalException(e.getMessage(), e);
        }
    }

    private static Path goldFileOf(Path textFile) {
        String name = textFile.getFileName().toString();
        return textFile.resolveSibling(name.substring(0, name.length() - TEXT_SUFFIX.length()) + GOLD_SUFFIX);
    }
}
