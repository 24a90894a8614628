package dev.kg.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.convert.ArticleConverter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every invented article of {@code src/test/resources/corpus/invented} (see its README) is exact: the
 * real converter scores 1.00 in every category, or the test names the article, the category and the
 * missing and extra facts.
 */
class InventedCorpusTest {
    private static final Path INVENTED = Path.of("src/test/resources/corpus/invented");

    private final CorpusEvaluator evaluator = new CorpusEvaluator(new ArticleConverter(), Optional.empty());

    @TestFactory
    Stream<DynamicTest> everyInventedArticleIsExact() {
        List<Path> texts = CorpusEvaluator.goldArticles(INVENTED);
        assertFalse(texts.isEmpty(), "no NAME.txt with NAME.gold.json in " + INVENTED);
        return texts.stream().map(text -> DynamicTest.dynamicTest(text.getFileName().toString(), () -> {
            ArticleScore score = evaluator.evaluate(text).ours();
            List<String> problems = problems(score);
            assertTrue(problems.isEmpty(), () -> text + " is not exact:\n  " + String.join("\n  ", problems));
        }));
    }

    private static List<String> problems(ArticleScore score) {
        List<String> problems = new ArrayList<>();
        for (Category c : Category.values()) {
            CategoryScore s = score.score(c).orElse(CategoryScore.EMPTY);
            if (s.f1() < 1.0) {
                problems.add(String.format(Locale.ROOT, "%s F1 %.3f", c.code(), s.f1()));
                s.missing().forEach(f -> problems.add("  - missing " + c.code() + ": " + f));
                s.extra().forEach(f -> problems.add("  + extra   " + c.code() + ": " + f));
            }
        }
        return problems;
    }
}
