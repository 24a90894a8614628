package dev.kg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.source.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article, converted, answers the six competency queries exactly as its gold file says:
 * every gold fact is there, once, and nothing else ({@link ExactMatch}).
 */
class SeedAcceptanceTest {
    private static final Path TEXT = Path.of("seeds/xuzhou-2005.txt");
    private static final Path GOLD = Path.of("seeds/xuzhou-2005.gold.json");

    private static Map<Category, List<String>> problems;

    @BeforeAll
    static void convertTheSeed() throws IOException {
        GoldArticle gold = GoldReader.read(GOLD);
        Article article = new Article("xuzhou-2005", TEXT.toString(), Files.readString(TEXT, StandardCharsets.UTF_8));
        Model model = new ArticleConverter().convert(article, ConvertOptions.defaults());
        problems = ExactMatch.problems(gold, CompetencyQueries.load().runAll(model));
    }

    private static void assertMatchesGold(Category category) {
        List<String> p = problems.get(category);
        assertTrue(p.isEmpty(), () -> category.code() + " differ from " + GOLD + ":\n  " + String.join("\n  ", p));
    }

    @Test
    void persons() {
        assertMatchesGold(Category.PERSONS);
    }

    @Test
    void organizations() {
        assertMatchesGold(Category.ORGANIZATIONS);
    }

    @Test
    void places() {
        assertMatchesGold(Category.PLACES);
    }

    @Test
    void positions() {
        assertMatchesGold(Category.POSITIONS);
    }

    @Test
    void events() {
        assertMatchesGold(Category.EVENTS);
    }

    @Test
    void participants() {
        assertMatchesGold(Category.PARTICIPANTS);
    }
}
