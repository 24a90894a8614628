package dev.kg;

import dev.kg.vocab.KGO;
import dev.kg.vocab.NIF;
import dev.kg.vocab.PROV;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * A small hand-made article graph in the converter's model (invented names): one person, one
 * organization, one place, one membership, one event with one participation, each derived from a
 * mention, so that every competency query returns rows. Independent of the converter on purpose.
 */
public final class SampleGraph {
    public static final String BASE = "https://w3id.org/kgnews/id/";
    public static final String ID = "sample";
    public static final String TEXT = "3月5日上午，示例市委召开汇报会，市委书记王明主持会议。";
    public static final String PERSON = "王明";
    public static final String ORG_NAME = "示例市委";
    public static final String PLACE = "示例市";

    private SampleGraph() {}

    public static Model build() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("kgo", KGO.NS);
        m.setNsPrefix("nif", NIF.NS);
        m.setNsPrefix("skos", SKOS.uri);
        String a = BASE + ID;
        Resource article = m.createResource(a)
                .addProperty(RDF.type, KGO.Article)
                .addProperty(RDF.type, SchemaDO.NewsArticle)
                .addProperty(RDF.type, NIF.Context)
                .addProperty(RDF.type, PROV.Entity)
                .addProperty(DCTerms.identifier, ID)
                .addProperty(NIF.isString, TEXT)
                .addLiteral(NIF.beginIndex, m.createTypedLiteral("0", XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(NIF.endIndex, index(m, TEXT.length()));

        Resource person = m.createResource(a + "/person/wang-ming")
                .addProperty(RDF.type, FOAF.Person)
                .addProperty(SKOS.prefLabel, PERSON, "zh-Hans")
                .addProperty(SKOS.prefLabel, PERSON, "zh-Hant")
                .addProperty(SKOS.prefLabel, "Wáng Míng", "zh-Latn-pinyin")
                .addProperty(FOAF.name, PERSON, "zh-Hans");
        Resource org = m.createResource(a + "/org/shi-li-shi-wei")
                .addProperty(RDF.type, ORG.Organization)
                .addProperty(RDF.type, KGO.PartyCommittee)
                .addProperty(SKOS.prefLabel, ORG_NAME, "zh-Hans")
                .addProperty(SKOS.prefLabel, "示例市委", "zh-Hant")
                .addProperty(SKOS.altLabel, "市委", "zh-Hans");
        Resource place = m.createResource(a + "/place/shi-li-shi")
                .addProperty(RDF.type, SchemaDO.Place)
                .addProperty(RDF.type, KGO.AdministrativeArea)
                .addProperty(SKOS.prefLabel, PLACE, "zh-Hans");
        person.addProperty(PROV.wasDerivedFrom, mention(m, article, person, PERSON));
        org.addProperty(PROV.wasDerivedFrom, mention(m, article, org, ORG_NAME));
        place.addProperty(PROV.wasDerivedFrom, mention(m, article, place, PLACE));

        Resource secretary = concept(m, KGO.TITLES_NS, "party-secretary", "书记", KGO.TitleScheme);
        m.createResource(a + "/position/1")
                .addProperty(RDF.type, ORG.Membership)
                .addProperty(ORG.member, person)
                .addProperty(ORG.organization, org)
                .addProperty(ORG.role, secretary)
                .addProperty(KGO.titleAsWritten, "书记", "zh-Hans")
                .addProperty(PROV.wasDerivedFrom, mention(m, article, null, "市委书记"));

        Resource meeting = concept(m, KGO.KINDS_NS, "meeting", "会议", KGO.KindScheme);
        Resource chair = concept(m, KGO.ROLES_NS, "chair", "主持", KGO.RoleScheme);
        Resource participation = m.createResource(a + "/event/1/chair/wang-ming")
                .addProperty(RDF.type, KGO.Participation)
                .addProperty(KGO.agent, person)
                .addProperty(KGO.role, chair)
                .addProperty(PROV.wasDerivedFrom, mention(m, article, null, "主持"));
        m.createResource(a + "/event/1")
                .addProperty(RDF.type, KGO.Event)
                .addProperty(RDF.type, KGO.Meeting)
                .addProperty(RDF.type, KGO.ReportMeeting)
                .addProperty(KGO.eventKind, meeting)
                .addProperty(SKOS.prefLabel, "汇报会", "zh-Hans")
                .addProperty(SchemaDO.startDate, m.createTypedLiteral("--03-05", XSDDatatype.XSDgMonthDay))
                .addProperty(KGO.partOfDay, "上午", "zh-Hans")
                .addProperty(SchemaDO.location, place)
                .addProperty(SchemaDO.organizer, org)
                .addProperty(KGO.participation, participation)
                .addProperty(PROV.wasDerivedFrom, mention(m, article, null, "汇报会"));
        return m;
    }

    private static Resource mention(Model m, Resource article, Resource entity, String anchor) {
        int begin = TEXT.indexOf(anchor);
        int end = begin + anchor.length();
        Resource mention = m.createResource(article.getURI() + "#char=" + begin + "," + end)
                .addProperty(RDF.type, NIF.Phrase)
                .addProperty(RDF.type, NIF.RFC5147String)
                .addProperty(RDF.type, KGO.Mention)
                .addLiteral(NIF.beginIndex, index(m, begin))
                .addLiteral(NIF.endIndex, index(m, end))
                .addProperty(NIF.anchorOf, anchor)
                .addProperty(KGO.normalizedForm, anchor)
                .addProperty(NIF.referenceContext, article);
        if (entity != null) {
            mention.addProperty(NIF.taIdentRef, entity);
        }
        return mention;
    }

    private static Resource concept(Model m, String ns, String code, String label, Resource scheme) {
        return m.createResource(ns + code)
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.prefLabel, label, "zh-Hans")
                .addProperty(SKOS.notation, code)
                .addProperty(SKOS.inScheme, scheme);
    }

    private static org.apache.jena.rdf.model.Literal index(Model m, int value) {
        return m.createTypedLiteral(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }
}
