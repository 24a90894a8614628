package dev.kg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DivisionCodeTest {

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource({"320000, 32", "320300, 32 03", "320382, 32 03 82", "110101, 11 01 01", "419001, 41 90 01"})
    void wikidataFormDropsTrailingZeroPairsAndSpacesThePairs(String code, String p442) {
        assertEquals(p442, DivisionCode.toWikidata(code));
        assertEquals(Optional.of(code), DivisionCode.normalize(p442), "the round trip gives the code back");
    }

    @Test
    void normalizeAcceptsTheUnspacedAndSixDigitForms() {
        assertEquals(Optional.of("320300"), DivisionCode.normalize("3203"));
        assertEquals(Optional.of("320382"), DivisionCode.normalize(" 320382 "));
    }

    @Test
    void normalizeRefusesWhatIsNoCountyLevelCode() {
        assertTrue(DivisionCode.normalize("32 03 82 101").isEmpty(), "a township code is finer than the gazetteer");
        assertTrue(DivisionCode.normalize("3").isEmpty());
        assertTrue(DivisionCode.normalize("32-03").isEmpty());
        assertTrue(DivisionCode.normalize("").isEmpty());
    }

    @Test
    void toWikidataRefusesAMalformedCode() {
        assertThrows(IllegalArgumentException.class, () -> DivisionCode.toWikidata("3203"));
    }

    @Test
    void everyGazetteerCodeRoundTrips() {
        for (Division d : Gazetteer.standard().all()) {
            assertEquals(Optional.of(d.code()), DivisionCode.normalize(DivisionCode.toWikidata(d.code())), d.name());
        }
    }
}
