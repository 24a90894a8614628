package dev.kg.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizerTest {
    /** Strings with glosses (both bracket kinds), traditional characters, parentheticals, line ends. */
    private static final List<String> SAMPLES = List.of(
            "王建國(guó)來(lái)到揚(yáng)州市調研。",
            "省委巡視組（zǔ）組長李紅梅出席會議（yì）。\n張偉陪同。",
            "市委召開座談會(記者 王建國)",
            "(abc)如皋市開發區（ā）黨工委",
            "沒有注音的簡體句子也一樣。",
            "");

    @Test
    void convertsTraditionalToSimplified() {
        assertEquals("扬州市会议召开", Normalizer.normalize("揚州市會議召開").text());
    }

    @Test
    void variantsHanlpLeavesAreConvertedOneForOne() {
        String original = "陜(shǎn)西省衞生廳吿示";
        NormalizedText n = Normalizer.normalize(original);
        assertEquals("陕西省卫生厅告示", n.text());
        assertEquals(original.indexOf('衞'), n.toOriginal()[n.text().indexOf('卫')]);
    }

    @Test
    void stripsGlossesAndConverts() {
        assertEquals("王建国来到扬州市调研。", Normalizer.normalize(SAMPLES.get(0)).text());
    }

    @Test
    void keepsSimplifiedTextAsItIs() {
        String s = "市委书记李红梅主持会议(记者 王建国)";
        NormalizedText n = Normalizer.normalize(s);
        assertEquals(s, n.text());
        for (int i = 0; i < s.length(); i++) {
            assertEquals(i, n.toOriginal()[i]);
        }
    }

    /** Every normalized character is the simplified form of the original character it maps to. */
    @Test
    void everyCharacterMapsToItsOriginal() {
        for (String original : SAMPLES) {
            NormalizedText n = Normalizer.normalize(original);
            assertEquals(n.text().length(), n.toOriginal().length, original);
            int previous = -1;
            for (int i = 0; i < n.text().length(); i++) {
                int j = n.toOriginal()[i];
                assertTrue(j > previous, () -> "offsets increase in " + original);
                previous = j;
                String expected = ScriptConverter.toSimplified(String.valueOf(original.charAt(j)));
                assertEquals(expected, String.valueOf(n.text().charAt(i)),
                        "char " + i + " of " + n.text() + " from char " + j + " of " + original);
            }
        }
    }

    @Test
    void originalSliceKeepsGlossesInsideTheSpan() {
        String original = SAMPLES.get(0);
        NormalizedText n = Normalizer.normalize(original);
        int start = n.text().indexOf("建国来到");
        assertEquals("建國(guó)來(lái)到", n.originalSlice(start, start + 4));
        assertEquals(original.indexOf('建'), n.originalStart(start));
    }

    @Test
    void originalSliceLeavesOutAGlossAfterTheSpan() {
        NormalizedText n = Normalizer.normalize(SAMPLES.get(0));
        assertEquals("王建國", n.originalSlice(0, 3));
        int at = n.text().indexOf("扬州");
        assertEquals("揚(yáng)州", n.originalSlice(at, at + 2));
    }

    @Test
    void originalSliceOfEverySpanNormalizesBackToIt() {
        for (String original : SAMPLES) {
            NormalizedText n = Normalizer.normalize(original);
            for (int b = 0; b < n.text().length(); b++) {
                for (int e = b + 1; e <= n.text().length(); e++) {
                    assertEquals(n.text().substring(b, e), Normalizer.normalize(n.originalSlice(b, e)).text(),
                            original + " [" + b + "," + e + ")");
                }
            }
        }
    }

    @Test
    void closesThePaddingInsideATwoCharacterName() {
        NormalizedText n = Normalizer.normalize("县卫生局召开会议。(钱 明)\n摄影 孙　立\n");
        assertEquals("县卫生局召开会议。(钱明)\n摄影 孙立\n", n.text());
        assertEquals("钱 明", n.originalSlice(n.text().indexOf("钱明"), n.text().indexOf("钱明") + 2));
        assertEquals("(撰稿：钱明、孙立)", Normalizer.normalize("(撰稿：钱 明、孙 立)").text());
        // words that are longer than one character keep their spaces
        assertEquals("(记者 王建国)", Normalizer.normalize("(记者 王建国)").text());
    }
}
