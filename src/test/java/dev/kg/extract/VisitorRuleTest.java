package dev.kg.extract;

import static dev.kg.extract.Events.only;
import static dev.kg.extract.Events.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The persons before a verb naming a visit are its visitors ({@link VisitorRule}). */
class VisitorRuleTest {
    @Test
    void whoeverCallsOnVisits() {
        EventFact e = only("1月6日，县委书记王建国、县长张伟看望慰问了参加会议的代表。");
        assertEquals("visit", e.kind());
        assertEquals(List.of("王建国:visitor", "张伟:visitor"), roles(e));
    }

    @Test
    void companionsInTheAccompanyingPhraseDoNotVisit() {
        EventFact e = only("1月6日，王建国在县长张伟的陪同下看望了困难群众。");
        assertEquals(List.of("王建国:visitor", "张伟:accompany"), roles(e).stream().sorted((a, b) -> b.compareTo(a)).toList());
    }
}
