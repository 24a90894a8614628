package dev.kg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.vocab.KGO;
import dev.kg.vocab.NIF;
import dev.kg.vocab.PROV;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The six queries over a small graph built by hand after the converter's graph model. */
class CompetencyQueriesTest {
    private static final String BASE = "https://example.org/id/";
    private static final String A = BASE + "a1";

    private static CompetencyQueries cqs;
    private static Model model;

    @BeforeAll
    static void buildGraph() {
        cqs = CompetencyQueries.load();
        model = ModelFactory.createDefaultModel();
        Resource article = model.createResource(A).addProperty(RDF.type, KGO.Article)
                .addProperty(RDF.type, NIF.Context);

        Resource person = labelled(A + "/person/jiayi", FOAF.Person, "甲乙", "甲乙", "jiǎ yǐ")
                .addProperty(PROV.wasDerivedFrom, mention(article, 0, 2, "甲乙"));
        // a person that no span names (say, inferred) is not listed
        labelled(A + "/person/bingding", FOAF.Person, "丙丁", "丙丁", "bǐng dīng");

        Resource committee = labelled(A + "/org/xuzhou-shiwei", ORG.Organization, "徐州市委", "徐州市委", "xú zhōu shì wěi")
                .addProperty(RDF.type, KGO.PartyCommittee)
                .addProperty(SKOS.altLabel, model.createLiteral("市委", "zh-Hans"))
                .addProperty(PROV.wasDerivedFrom, mention(article, 3, 5, "市委"));
        Resource city = labelled(A + "/place/xuzhou", SchemaDO.Place, "徐州市", "徐州市", "xú zhōu shì")
                .addProperty(PROV.wasDerivedFrom, mention(article, 6, 8, "徐州"));
        Resource province = labelled(A + "/place/jiangsu", SchemaDO.Place, "江苏省", "江蘇省", "jiāng sū shěng");
        city.addProperty(SchemaDO.containedInPlace, province);

        model.createResource(A + "/position/1").addProperty(RDF.type, ORG.Membership)
                .addProperty(ORG.member, person)
                .addProperty(ORG.organization, committee)
                .addProperty(ORG.role, model.createResource(KGO.TITLES_NS + "shiweishuji"))
                .addProperty(KGO.titleAsWritten, model.createLiteral("市委书记", "zh-Hans"));
        model.createResource(A + "/position/2").addProperty(RDF.type, ORG.Membership)
                .addProperty(ORG.member, person)
                .addProperty(KGO.titleAsWritten, model.createLiteral("市领导", "zh-Hans"));

        Resource meetingKind = concept(KGO.KINDS_NS + "meeting", "meeting");
        Resource chair = concept(KGO.ROLES_NS + "chair", "chair");
        Resource event = model.createResource(A + "/event/1")
                .addProperty(RDF.type, KGO.Event).addProperty(RDF.type, KGO.ReportMeeting)
                .addProperty(KGO.eventKind, meetingKind)
                .addProperty(SKOS.prefLabel, model.createLiteral("汇报会", "zh-Hans"))
                .addProperty(SchemaDO.startDate, model.createTypedLiteral("--09-12", XSDDatatype.XSDgMonthDay))
                .addProperty(KGO.partOfDay, model.createLiteral("上午", "zh-Hans"))
                .addProperty(SchemaDO.location, city)
                .addProperty(SchemaDO.organizer, committee);
        event.addProperty(KGO.participation, model.createResource(A + "/event/1/chair/jiayi")
                .addProperty(RDF.type, KGO.Participation)
                .addProperty(KGO.agent, person)
                .addProperty(KGO.role, chair));
    }

    private static Resource labelled(String iri, Resource type, String hans, String hant, String pinyin) {
        return model.createResource(iri).addProperty(RDF.type, type)
                .addProperty(SKOS.prefLabel, model.createLiteral(hans, "zh-Hans"))
                .addProperty(SKOS.prefLabel, model.createLiteral(hant, "zh-Hant"))
                .addProperty(SKOS.prefLabel, model.createLiteral(pinyin, "zh-Latn-pinyin"));
    }

    private static Resource mention(Resource article, int begin, int end, String anchor) {
        return model.createResource(A + "#char=" + begin + "," + end)
                .addProperty(RDF.type, NIF.Phrase).addProperty(RDF.type, KGO.Mention)
                .addProperty(NIF.anchorOf, anchor)
                .addProperty(NIF.referenceContext, article);
    }

    private static Resource concept(String iri, String notation) {
        return model.createResource(iri).addProperty(RDF.type, SKOS.Concept).addProperty(SKOS.notation, notation);
    }

    @Test
    void personsAreThoseASpanNamesByTheirSimplifiedName() {
        assertEquals(List.of(Map.of("name", "甲乙")), cqs.run(Category.PERSONS, model));
    }

    @Test
    void organizationsByPreferredName() {
        assertEquals(List.of(Map.of("name", "徐州市委")), cqs.run(Category.ORGANIZATIONS, model));
    }

    @Test
    void placesLeaveOutInferredPlaces() {
        assertEquals(List.of(Map.of("name", "徐州市")), cqs.run(Category.PLACES, model));
    }

    @Test
    void positionsLeaveOrgUnboundWhereThereIsNone() {
        assertEquals(List.of(
                Map.of("person", "甲乙", "title", "市委书记", "org", "徐州市委"),
                Map.of("person", "甲乙", "title", "市领导")), cqs.run(Category.POSITIONS, model));
    }

    @Test
    void eventsGiveLexicalFormsAndNames() {
        assertEquals(List.of(Map.of("event", A + "/event/1", "kind", "meeting", "label", "汇报会",
                "start", "--09-12", "partOfDay", "上午", "place", "徐州市", "organizer", "徐州市委")),
                cqs.run(Category.EVENTS, model));
    }

    @Test
    void participantsGiveEventPersonAndRole() {
        assertEquals(List.of(Map.of("event", A + "/event/1", "person", "甲乙", "role", "chair")),
                cqs.run(Category.PARTICIPANTS, model));
    }

    @Test
    void aDatasetIsQueriedThroughItsDefaultGraph() {
        assertEquals(cqs.run(Category.POSITIONS, model),
                cqs.run(Category.POSITIONS, DatasetFactory.wrap(model)));
    }

    @Test
    void runAllGivesEveryCategory() {
        assertEquals(List.of(Category.values()), List.copyOf(cqs.runAll(model).keySet()));
    }

    @Test
    void queriesLoadFromTheClasspath() {
        assertEquals("/queries/cq/participants.rq", CompetencyQueries.resource(Category.PARTICIPANTS));
        assertTrue(cqs.text(Category.EVENTS).contains("eventKind"));
    }
}
