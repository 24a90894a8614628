package dev.kg.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GlossStripperTest {
    private static final String TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü";

    private static String strip(String text) {
        return GlossStripper.strip(text).text();
    }

    @Test
    void removesGlossesInAsciiBrackets() {
        assertEquals("王建國來到揚州", strip("王建國(guó)來(lái)到揚(yáng)州"));
    }

    @Test
    void removesGlossesInFullWidthBrackets() {
        assertEquals("會議在揚州召開", strip("會議（yì）在揚州（zhōu）召開"));
    }

    @Test
    void removesAGlossWithAnyToneMarkOrUmlaut() {
        for (char v : TONE_VOWELS.toCharArray()) {
            String gloss = "l" + v;
            assertEquals("绿色", strip("绿(" + gloss + ")色"), gloss);
            assertEquals("绿色", strip("绿（" + gloss + "）色"), gloss);
            assertEquals("绿色", strip("绿(" + gloss + "n)色"), gloss + "n");
        }
    }

    @Test
    void keepsARealParenthetical() {
        String byline = "市委召开会议(记者 王建国)";
        assertEquals(byline, strip(byline));
        String fullWidth = "市委召开会议（记者 王建国 李红梅）";
        assertEquals(fullWidth, strip(fullWidth));
    }

    @Test
    void keepsTonelessAsciiInBrackets() {
        assertEquals("市委(abc)召开", strip("市委(abc)召开"));
        assertEquals("市委（abc）召开", strip("市委（abc）召开"));
    }

    @Test
    void keepsAToneMarkedWordThatFollowsNoHanCharacter() {
        assertEquals("2020 (nián)", strip("2020 (nián)"));
    }

    @Test
    void mapsEveryKeptCharacterToItsOriginalOffset() {
        String original = "建國(guó)來(lái)";
        NormalizedText n = GlossStripper.strip(original);
        assertEquals("建國來", n.text());
        assertEquals(0, n.toOriginal()[0]);
        assertEquals(1, n.toOriginal()[1]);
        assertEquals(original.indexOf('來'), n.toOriginal()[2]);
    }
}
