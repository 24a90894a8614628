package dev.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.normalize.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Places of towns, villages and facilities, and words that only look like places. */
class PlaceRulesTest {
    private static final Extractor EXTRACTOR = new Extractor(Lexicon.standard());

    private static List<String> places(String sentence) {
        return Chunks.texts(sentence, Chunk.Type.PLACE);
    }

    @Test
    void aTownWhoseNameEndsInItsLevel() {
        assertEquals(List.of("柳镇镇"), places("巡察组进驻柳镇镇开展巡察。"));
        assertEquals(List.of("柳镇镇党委"), Chunks.texts("巡察组进驻柳镇镇党委。", Chunk.Type.ORG).stream()
                .filter(o -> !o.endsWith("组")).toList());
    }

    @Test
    void aVillageInAListKeepsItsFirstCharacter() {
        assertEquals(List.of("新柳村", "建桥村"), places("动员会在新柳村、建桥村召开。"));
    }

    @Test
    void aVerbOrAGenericWordBeforeALevelIsNoPlace() {
        assertEquals(List.of(), places("要求被巡察村党组织提高站位。"));
        assertEquals(List.of(), places("9名基层县人大代表列席会议。"));
        assertEquals(List.of(), places("村里有许多驻村干部、驻村队员。"));
    }

    @Test
    void aShortDivisionNameQualifyingANounIsNoPlace() {
        assertEquals(List.of(), places("这是一项惠民工程。"));
    }

    @Test
    void aBodysPremisesAreAPlace() {
        assertEquals(List.of("枫林县水利局机关"), places("张三在枫林县水利局机关观看了专题片。"));
    }

    @Test
    void aCityByItsOneCharacterName() {
        List<String> names = EXTRACTOR.extract(Normalizer.normalize("8月3日,动员会在蓉召开。")).places().stream()
                .map(PlaceFact::name).toList();
        assertTrue(names.contains("成都市"), names.toString());
    }

    @Test
    void namesListedBeforeAKindOfPlaceArePlaces() {
        List<Chunk> chunks = Chunks.of("调研组深入到县妇幼保健院,柳家桥、白马庙、沙河滩等乡镇卫生院调研。");
        assertEquals(List.of("柳家桥", "白马庙", "沙河滩"), Chunks.texts(chunks, Chunk.Type.PLACE), Chunks.show(chunks));
        assertEquals(List.of("调研组", "县妇幼保健院"), Chunks.texts(chunks, Chunk.Type.ORG), Chunks.show(chunks));
        assertEquals(List.of("柳家桥", "白马庙"), places("他们走访了柳家桥、白马庙等地。"));
    }

    @Test
    void personsListedBeforeTheirBodysPeopleStayPersons() {
        assertEquals(List.of("张三", "李四"), Chunks.texts("张三、李四等镇领导参加。", Chunk.Type.PERSON));
    }

    @Test
    void aLevelBeforeTheLongOfATitleIsNoPlace() {
        // HanLP: 县政府/n 代县/ns 长/a (代县长, the acting county head)
        assertEquals(List.of(), places("县长张三、县政府代县长王建国出席。"));
    }

    @Test
    void aBodysBuildingNamedAfterItIsAPlace() {
        assertEquals(List.of("集团公司服务楼"), places("集团公司服务楼迎来了客人。"));
        assertEquals(List.of("县政府办公楼"), places("县政府办公楼前停满了车。"));
    }
}
