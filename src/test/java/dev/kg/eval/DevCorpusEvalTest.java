package dev.kg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kg.DevCorpus;
import dev.kg.convert.ArticleConverter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The whole evaluation over the development corpus, read in place; prints the score table. */
class DevCorpusEvalTest {
    private static final Path DEV = DevCorpus.DIR;

    @Test
    void everyDevArticleConvertsAndYieldsAPerson() {
        DevCorpus.require();
        List<Path> texts = CorpusEvaluator.goldArticles(DEV);
        assertFalse(texts.isEmpty(), "no NAME.txt with NAME.gold.json in " + DEV);

        CorpusEvaluator evaluator = new CorpusEvaluator(new ArticleConverter(), Optional.of(new HanlpBaseline()));
        List<CorpusEvaluator.ArticleResult> results = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path text : texts) {
            try {
                results.add(evaluator.evaluate(text));
            } catch (RuntimeException e) {
                failures.add(text.getFileName() + ": " + e);
            }
        }
        System.out.println(new ReportPrinter().table(CorpusEvaluator.Report.of(results), false));

        assertEquals(List.of(), failures, "articles that threw");
        List<String> withoutPersons = results.stream()
                .filter(r -> r.rows().get(Category.PERSONS).isEmpty())
                .map(CorpusEvaluator.ArticleResult::id)
                .toList();
        assertEquals(List.of(), withoutPersons, "articles with no person");
    }
}
