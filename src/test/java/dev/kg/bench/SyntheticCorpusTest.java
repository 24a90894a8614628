package dev.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.extract.ArticleFacts;
import dev.kg.extract.PersonFact;
import dev.kg.extract.PlaceFact;
import dev.kg.link.Division;
import dev.kg.link.Gazetteer;
import dev.kg.rdf.validate.GraphValidator;
import dev.kg.source.Article;
import dev.kg.vocab.Ontology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

/** The generator on the invented test articles (simplified script) and the seed (traditional). */
class SyntheticCorpusTest {
    private static final List<Path> SOURCES = List.of(Path.of("src/test/resources/corpus/invented"), Path.of("seeds"));
    private static final ArticleConverter CONVERTER = new ArticleConverter();
    private static final List<Article> ARTICLES = BenchArticles.read(SOURCES, skipped -> { throw new AssertionError(skipped); });
    private static final SyntheticCorpus CORPUS = SyntheticCorpus.from(ARTICLES, CONVERTER);

    private static List<String> lines(int count, long seed) {
        return lines(CORPUS, count, seed);
    }

    private static List<String> lines(SyntheticCorpus corpus, int count, long seed) {
        List<String> lines = new ArrayList<>();
        corpus.write(count, seed, lines::add);
        return lines;
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() {
        assertEquals(lines(40, 7), lines(40, 7));
        assertEquals(lines(40, 7), lines(SyntheticCorpus.from(BenchArticles.read(SOURCES, skipped -> { throw new AssertionError(skipped); }), new ArticleConverter()), 40, 7));
        assertNotEquals(lines(40, 7), lines(40, 8));
    }

    @Test
    void linesAreMarkedSyntheticAndNumbered() {
        List<String> lines = lines(12, 1);
        assertEquals(12, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonObject o = JsonParser.parseString(lines.get(i)).getAsJsonObject();
            assertEquals(String.format("synthetic-%06d", i + 1), o.get("id").getAsString());
            assertFalse(o.has("source"), "no article URL is made up: " + lines.get(i));
            assertFalse(o.get("text").getAsString().isBlank());
        }
    }

    @Test
    void noPersonOfTheSourcesRemainsAndTheArticlesConvertWithGeneratedNamesAndOtherPlaces() {
        Set<String> sourcePersons = new HashSet<>();
        Set<String> sourcePlaces = new HashSet<>();
        for (Article a : ARTICLES) {
            ArticleFacts facts = CONVERTER.facts(a);
            facts.persons().stream().map(PersonFact::name).forEach(sourcePersons::add);
            facts.places().stream().map(PlaceFact::name).forEach(sourcePlaces::add);
        }
        assertTrue(sourcePersons.size() > 20, "the sources name persons: " + sourcePersons);
        Set<String> newPlaces = new HashSet<>();
        int persons = 0;
        int generated = 0;
        for (String line : lines(30, 3)) {
            String text = JsonParser.parseString(line).getAsJsonObject().get("text").getAsString();
            for (String p : sourcePersons) {
                assertFalse(text.contains(p), () -> "source person " + p + " left in " + text);
            }
            Article article = new Article("synthetic", "test", text);
            Model graph = CONVERTER.convert(article, ConvertOptions.defaults());
            assertTrue(new GraphValidator(Ontology.standard()).validate(graph).conforms(), text);
            ArticleFacts facts = CONVERTER.facts(article);
            for (PersonFact p : facts.persons()) {
                persons++;
                assertFalse(sourcePersons.contains(p.name()), p.name());
                // the converter may cut a generated name short (莉云 of 严莉云): count the whole ones
                if (SyntheticCorpus.SURNAMES.indexOf(p.name().charAt(0)) >= 0
                        && p.name().codePoints().skip(1).allMatch(c -> SyntheticCorpus.GIVEN.indexOf(c) >= 0)) {
                    generated++;
                }
            }
            facts.places().stream().map(PlaceFact::name).filter(n -> !sourcePlaces.contains(n)).forEach(newPlaces::add);
        }
        assertTrue(persons > 30, "persons found in 30 synthetic articles: " + persons);
        assertTrue(generated >= 0.9 * persons, generated + " of " + persons + " persons are generated names");
        Gazetteer gazetteer = Gazetteer.standard();
        assertTrue(newPlaces.stream().filter(n -> gazetteer.byName(n).stream().map(Division::name).anyMatch(n::equals))
                .count() >= 3, "divisions not in the sources: " + newPlaces);
    }
}
