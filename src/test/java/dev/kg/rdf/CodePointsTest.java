package dev.kg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodePointsTest {
    @Test
    void aTextInTheBasicPlaneCountsAlike() {
        CodePoints cp = new CodePoints("徐州市委");
        assertEquals(3, cp.of(3));
        assertEquals(3, cp.utf16(3));
        assertEquals(4, cp.length());
        assertEquals(4, cp.utf16(99), "clamped into the text");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneCountsOnceAsNifAndSparqlCountIt() {
        String text = "张𠮷来到𠀀市";  // 𠮷 and 𠀀 are two UTF-16 units each
        CodePoints cp = new CodePoints(text);
        assertEquals(text.codePointCount(0, text.length()), cp.length());
        for (int c = 0; c <= cp.length(); c++) {
            int i = cp.utf16(c);
            assertEquals(text.offsetByCodePoints(0, c), i);
            assertEquals(c, cp.of(i));
        }
        assertEquals("𠀀", text.substring(cp.utf16(4), cp.utf16(5)));
    }
}
