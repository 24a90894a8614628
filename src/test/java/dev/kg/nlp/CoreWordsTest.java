package dev.kg.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** HanLP's core dictionary as evidence ({@link CoreWords}). */
class CoreWordsTest {
    @Test
    void aCommonWordIsInTheDictionaryButNotAsAName() {
        assertTrue(CoreWords.isWord("一定"));
        assertFalse(CoreWords.taggedAs("一定", "nr", "ns", "nt"));
    }

    @Test
    void aPlaceIsTaggedAsOne() {
        assertTrue(CoreWords.taggedAs("北京", "ns"));
        assertFalse(CoreWords.taggedAs("北京", "nr"));
    }

    @Test
    void anInventedNameIsNoWord() {
        assertFalse(CoreWords.isWord("青禾县水利局"));
        assertFalse(CoreWords.taggedAs("青禾县水利局", "nt", "ns"));
    }
}
