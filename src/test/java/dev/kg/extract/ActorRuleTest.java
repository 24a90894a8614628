package dev.kg.extract;

import static dev.kg.extract.Events.only;
import static dev.kg.extract.Events.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The persons before a verb naming a visit or inspection are its visitors or inspectors ({@link ActorRule}). */
class ActorRuleTest {
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

    @Test
    void whoeverInspectsIsAnInspector() {
        EventFact e = only("9月17日，王建国在校长张伟的陪同下对学校食堂进行了现场检查。");
        assertEquals("inspection", e.kind());
        assertEquals(List.of("王建国:inspector", "张伟:accompany"), roles(e).stream().sorted((a, b) -> b.compareTo(a)).toList());
    }
}
