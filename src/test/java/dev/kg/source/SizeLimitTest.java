package dev.kg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SizeLimitTest {
    @Test
    void sizesReadInPowersOf1024() {
        assertEquals(100_000, SizeLimit.parse("100000").bytes());
        assertEquals(512 * 1024, SizeLimit.parse("512k").bytes());
        assertEquals(4L << 20, SizeLimit.parse("4MiB").bytes());
        assertEquals(1L << 30, SizeLimit.parse("1g").bytes());
        assertEquals("4 MiB", SizeLimit.DEFAULT.toString());
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SizeLimit.parse("lots"));
        assertThrows(IllegalArgumentException.class, () -> SizeLimit.parse("0"));
        assertThrows(IllegalArgumentException.class, () -> SizeLimit.parse("99999999999g"));
    }
}
