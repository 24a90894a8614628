package dev.kg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    @Test
    void digitRunsCompareAsNumbers() {
        List<String> iris = new ArrayList<>(List.of("a/s10", "a#char=10,11", "a/s2", "a#char=9,12", "a/s1", "a#char=9,10"));
        iris.sort(NaturalOrder::compare);
        assertEquals(List.of("a#char=9,10", "a#char=9,12", "a#char=10,11", "a/s1", "a/s2", "a/s10"), iris);
    }

    @Test
    void equalNumbersWithLeadingZerosStillHaveAnOrder() {
        assertEquals(Integer.signum("s01".compareTo("s1")), Integer.signum(NaturalOrder.compare("s01", "s1")));
        assertEquals(0, NaturalOrder.compare("s1", "s1"));
    }
}
