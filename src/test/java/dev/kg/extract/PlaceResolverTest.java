package dev.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.normalize.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The article's places and its home place (what 我市 points at), over whole short articles. */
class PlaceResolverTest {
    private static final Extractor EXTRACTOR = new Extractor(Lexicon.standard());

    private static List<PlaceFact> places(String article) {
        return EXTRACTOR.extract(Normalizer.normalize(article)).places();
    }

    private static Optional<PlaceFact> home(String article) {
        return places(article).stream().filter(PlaceFact::home).findFirst();
    }

    private static Optional<PlaceFact> place(List<PlaceFact> places, String name) {
        return places.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    @Test
    void theHomeIsTheCityTheTextNames() {
        String article = "9月12日，王建国来到扬州市调研。我市近年发展很快。";
        PlaceFact home = home(article).orElseThrow();
        assertEquals("扬州市", home.name());
        assertTrue(home.aliases().contains("我市"), home.aliases()::toString);
        assertEquals(2, home.mentions().size());
    }

    @Test
    void aCityThatOnlyQualifiesATitleIsNotTheHome() {
        List<PlaceFact> places = places("9月12日，泰州市副市长王建国来我市调研。");
        PlaceFact home = places.stream().filter(PlaceFact::home).findFirst().orElseThrow();
        assertEquals("我市", home.name());
        assertFalse(place(places, "泰州市").orElseThrow().home());
    }

    @Test
    void noDeicticNoHome() {
        List<PlaceFact> places = places("9月12日，王建国来到扬州市调研。");
        assertEquals(List.of("扬州市"), places.stream().map(PlaceFact::name).toList());
        assertFalse(places.get(0).home());
    }

    @Test
    void aNameWithoutItsLevelJoinsItsFullForm() {
        List<PlaceFact> places = places("王建国来到扬州市调研。扬州发展很快。我市近年变化很大。");
        PlaceFact home = place(places, "扬州市").orElseThrow();
        assertTrue(home.home());
        assertTrue(home.aliases().contains("扬州"), home.aliases()::toString);
        assertEquals(Optional.empty(), place(places, "扬州"));
    }

    @Test
    void mentionsAreSpansOfTheirName() {
        String article = "王建国来到如皋市丁堰镇调研。";
        String text = Normalizer.normalize(article).text();
        for (PlaceFact p : places(article)) {
            for (Span s : p.mentions()) {
                assertEquals(p.name(), text.substring(s.start(), s.end()));
            }
        }
    }
}
