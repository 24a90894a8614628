package dev.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kg.normalize.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A list that shares one part of its organizations' names names each of them. */
class DistributiveOrgsTest {
    private static final Extractor EXTRACTOR = new Extractor(Lexicon.standard());

    private static List<String> orgs(String text) {
        return EXTRACTOR.extract(Normalizer.normalize(text)).organizations().stream().map(OrgFact::name).sorted().toList();
    }

    @Test
    void aSuffixAfterAListOfTownsIsEachTownsBody() {
        assertEquals(List.of("柳河镇人大", "石岭镇人大", "青桥镇人大"), orgs("柳河镇、石岭镇、青桥镇人大主席列席会议。"));
    }

    @Test
    void aSuffixAfterABodyBelongsToTheBodysPlace() {
        assertEquals(List.of("丰台县政协", "丰台县政府"), orgs("丰台县政府、政协主要领导陪同调研。"));
    }

    @Test
    void twoWholeBodiesInAListStayTwo() {
        assertEquals(List.of("县委", "县政府"), orgs("县委、县政府主要领导陪同调研。"));
    }

    @Test
    void aNumberedBranchCompanyKeepsItsNumber() {
        assertEquals(List.of("四分公司党委", "巡察组"), orgs("巡察组进驻四分公司党委。"));
    }
}
