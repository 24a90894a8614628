package dev.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.normalize.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A surname and a title refer back to a person named in full. */
class TitleReferenceTest {
    private static final TitleReference REFERENCES = new TitleReference(Chunks.LEXICON);
    private static final Extractor EXTRACTOR = new Extractor(Chunks.LEXICON);

    @Test
    void aSurnameAndATitleIsAReference() {
        assertTrue(REFERENCES.isReference("刘书记"));
        assertTrue(REFERENCES.isReference("王副市长"));
        assertFalse(REFERENCES.isReference("刘建华"));
        assertFalse(REFERENCES.isReference("们书记"));
        assertTrue(REFERENCES.isReference("欧阳书记"));
        assertTrue(REFERENCES.isReference("司马局长"));
        assertFalse(REFERENCES.isReference("欧阳"));
    }

    @Test
    void aCompoundSurnameResolvesToItsBearer() {
        assertEquals(Optional.of("欧阳明华"), REFERENCES.resolve("欧阳书记", Set.of("欧阳明华", "王志强")));
        assertEquals(Optional.empty(), REFERENCES.resolve("欧阳书记", Set.of("欧志强")));
    }

    @Test
    void aCompoundSurnameReferenceIsAMentionOfThePersonNamedBefore() {
        ArticleFacts facts = EXTRACTOR.extract(Normalizer.normalize("市委书记欧阳明华主持会议。欧阳书记指出要抓好落实。"));
        assertEquals(List.of("欧阳明华"), facts.persons().stream().map(PersonFact::name).toList());
        assertEquals(2, facts.persons().get(0).mentions().size());
    }

    @Test
    void itResolvesToTheOnePersonOfThatSurname() {
        assertEquals(Optional.of("刘建华"), REFERENCES.resolve("刘书记", Set.of("刘建华", "王志强")));
        assertEquals(Optional.empty(), REFERENCES.resolve("刘书记", Set.of("刘建华", "刘志强")));
        assertEquals(Optional.empty(), REFERENCES.resolve("刘书记", Set.of("王志强")));
    }

    @Test
    void aReferenceIsAMentionOfThePersonNamedBefore() {
        // HanLP reads 刘书记/nr as one name
        ArticleFacts facts = EXTRACTOR.extract(Normalizer.normalize("县委书记刘建华主持会议。刘书记指出要抓好落实。"));
        assertEquals(List.of("刘建华"), facts.persons().stream().map(PersonFact::name).toList());
        assertEquals(2, facts.persons().get(0).mentions().size());
    }

    @Test
    void anAmbiguousReferenceIsDropped() {
        ArticleFacts facts = EXTRACTOR.extract(Normalizer.normalize("县委书记刘建华、副县长刘志强出席会议。刘书记指出要抓好落实。"));
        assertEquals(List.of("刘建华", "刘志强"), facts.persons().stream().map(PersonFact::name).toList());
    }
}
