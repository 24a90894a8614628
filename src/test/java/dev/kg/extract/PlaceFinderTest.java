package dev.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Place chunks: division names, a level joined to a name, towns whose name HanLP split. */
class PlaceFinderTest {
    private static List<String> places(String sentence) {
        return Chunks.texts(sentence, Chunk.Type.PLACE);
    }

    @Test
    void aDivisionName() {
        assertEquals(List.of("扬州市"), places("王建国来到扬州市调研。"));
    }

    @Test
    void aLevelCharacterJoinsTheNameBeforeIt() {
        // HanLP: 泰兴/ns 县/n, 梅岭/ns 镇/n
        assertEquals(List.of("泰兴县"), places("他们来到泰兴县调研。"));
        assertEquals(List.of("梅岭镇"), places("他们来到梅岭镇调研。"));
    }

    @Test
    void aTownWhoseNameHanlpSplit() {
        // HanLP: 枫/ng 港/n 镇/n
        assertEquals(List.of("枫港镇"), places("他们来到枫港镇调研。"));
    }

    @Test
    void aTownHanlpTookForAName() {
        // HanLP: 石庄/nr 镇/n, and 白蒲镇/nr as one name
        assertEquals(List.of("石庄镇"), places("他们来到石庄镇调研。"));
        List<Chunk> chunks = Chunks.of("他们来到白蒲镇调研。");
        assertEquals(List.of("白蒲镇"), Chunks.texts(chunks, Chunk.Type.PLACE), Chunks.show(chunks));
        assertEquals(List.of(), Chunks.texts(chunks, Chunk.Type.PERSON), Chunks.show(chunks));
    }

    @Test
    void aCityAndATownAreTwoPlaces() {
        assertEquals(List.of("如皋市", "丁堰镇"), places("他们来到如皋市丁堰镇调研。"));
    }

    @Test
    void twoLevelsInARowAreACommonNoun() {
        assertEquals(List.of(), places("全面推进乡镇工作。"));
    }
}
