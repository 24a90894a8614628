package dev.kg.rdf.validate;

import dev.kg.vocab.KGO;
import dev.kg.vocab.NIF;
import dev.kg.vocab.Ontology;
import dev.kg.vocab.PROV;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
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
 * A small, valid graph for one made-up article, built the way the converter is specified to build it
 * (article, sentence, mentions, person, organization, position, event, participation, copied concepts).
 * Tests break one thing at a time and expect the validator to name it.
 */
public final class ArticleGraphFixture {
    public static final String BASE = "https://w3id.org/kgnews/id/";
    public static final String TEXT = "9月12日上午,市委书记张三主持召开汇报会。";

    public final Ontology ontology;
    public final Model model = ModelFactory.createDefaultModel();
    public final Resource article;
    public final Resource person;
    public final Resource organization;
    public final Resource membership;
    public final Resource event;
    public final Resource participation;
    public final Resource personMention;

    public ArticleGraphFixture(Ontology ontology) {
        this.ontology = ontology;
        model.setNsPrefix("kgo", KGO.NS);
        model.setNsPrefix("id", BASE);
        String id = "t1";
        article = model.createResource(BASE + id)
                .addProperty(RDF.type, KGO.Article)
                .addProperty(RDF.type, SchemaDO.NewsArticle)
                .addProperty(RDF.type, NIF.Context)
                .addProperty(RDF.type, PROV.Entity)
                .addProperty(DCTerms.identifier, id)
                .addLiteral(NIF.isString, model.createTypedLiteral(TEXT, XSDDatatype.XSDstring))
                .addLiteral(NIF.beginIndex, offset(0))
                .addLiteral(NIF.endIndex, offset(TEXT.length()));
        Resource sentence = model.createResource(article.getURI() + "/s1")
                .addProperty(RDF.type, NIF.Sentence)
                .addLiteral(NIF.beginIndex, offset(0))
                .addLiteral(NIF.endIndex, offset(TEXT.length()))
                .addProperty(NIF.anchorOf, TEXT)
                .addProperty(NIF.referenceContext, article);

        organization = model.createResource(BASE + id + "/org/shiwei")
                .addProperty(RDF.type, ORG.Organization)
                .addProperty(RDF.type, KGO.PartyCommittee)
                .addProperty(SKOS.prefLabel, "市委", "zh-Hans")
                .addProperty(PROV.wasDerivedFrom, mention("市委", sentence));
        personMention = mention("张三", sentence);
        person = model.createResource(BASE + id + "/person/zhang-san")
                .addProperty(RDF.type, FOAF.Person)
                .addProperty(SKOS.prefLabel, "张三", "zh-Hans")
                .addProperty(SKOS.prefLabel, "張三", "zh-Hant")
                .addProperty(SKOS.prefLabel, "Zhāng Sān", "zh-Latn-pinyin")
                .addProperty(FOAF.name, "张三", "zh-Hans")
                .addProperty(PROV.wasDerivedFrom, personMention);

        Resource title = model.createResource(KGO.TITLES_NS + "shi-wei-shu-ji");
        ontology.copyConcept(title, model);
        membership = model.createResource(BASE + id + "/position/1")
                .addProperty(RDF.type, ORG.Membership)
                .addProperty(ORG.member, person)
                .addProperty(ORG.organization, organization)
                .addProperty(ORG.role, title)
                .addProperty(KGO.titleAsWritten, "市委书记", "zh-Hans")
                .addProperty(PROV.wasDerivedFrom, mention("市委书记", sentence));

        Resource kind = model.createResource(KGO.KINDS_NS + "meeting");
        ontology.copyConcept(kind, model);
        Resource chair = model.createResource(KGO.ROLES_NS + "chair");
        ontology.copyConcept(chair, model);
        event = model.createResource(BASE + id + "/event/1")
                .addProperty(RDF.type, KGO.Event)
                .addProperty(RDF.type, KGO.Meeting)
                .addProperty(RDF.type, KGO.ReportMeeting)
                .addProperty(KGO.eventKind, kind)
                .addProperty(SKOS.prefLabel, "汇报会", "zh-Hans")
                .addLiteral(SchemaDO.startDate, model.createTypedLiteral("--09-12", XSDDatatype.XSDgMonthDay))
                .addProperty(KGO.partOfDay, "上午", "zh-Hans")
                .addProperty(SchemaDO.organizer, organization)
                .addProperty(PROV.wasDerivedFrom, mention("汇报会", sentence));
        participation = model.createResource(event.getURI() + "/chair/zhang-san")
                .addProperty(RDF.type, KGO.Participation)
                .addProperty(KGO.agent, person)
                .addProperty(KGO.role, chair)
                .addProperty(PROV.wasDerivedFrom, mention("主持", sentence));
        event.addProperty(KGO.participation, participation);
    }

    /** A mention of the first occurrence of {@code surface} in {@link #TEXT}. */
    public Resource mention(String surface, Resource sentence) {
        int begin = TEXT.indexOf(surface);
        int end = begin + surface.length();
        return model.createResource(article.getURI() + "#char=" + begin + "," + end)
                .addProperty(RDF.type, NIF.Phrase)
                .addProperty(RDF.type, NIF.RFC5147String)
                .addProperty(RDF.type, KGO.Mention)
                .addLiteral(NIF.beginIndex, offset(begin))
                .addLiteral(NIF.endIndex, offset(end))
                .addProperty(NIF.anchorOf, surface)
                .addProperty(KGO.normalizedForm, surface)
                .addProperty(NIF.referenceContext, article)
                .addProperty(NIF.sentence, sentence);
    }

    public Literal offset(int value) {
        return model.createTypedLiteral(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }
}
