package dev.kg.link;

import dev.kg.normalize.ScriptConverter;
import dev.kg.vocab.KGO;
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

/** A small invented article graph in the shape kg convert writes, built in a few calls. */
final class TestArticle {
    static final String BASE = "https://w3id.org/kgnews/id/";
    private final Model m = ModelFactory.createDefaultModel();
    private final String iri;
    private final Resource article;
    private int positions;

    TestArticle(String id) {
        this.iri = BASE + id;
        this.article = m.createResource(iri).addProperty(RDF.type, KGO.Article).addProperty(DCTerms.identifier, id);
    }

    TestArticle published(String date) {
        article.addProperty(SchemaDO.datePublished, date, XSDDatatype.XSDdate);
        return this;
    }

    /** A place; {@code code} may be null (a town, or a name the converter did not resolve). */
    Resource place(String name, String code) {
        Resource r = named(iri + "/place/" + ScriptConverter.pinyinSlug(name), name).addProperty(RDF.type, SchemaDO.Place);
        if (code != null) {
            r.addProperty(DCTerms.identifier, code);
        }
        return r;
    }

    TestArticle home(String name, String code) {
        article.addProperty(KGO.homePlace, place(name, code));
        return this;
    }

    Resource org(String name) {
        return named(iri + "/org/" + ScriptConverter.pinyinSlug(name), name).addProperty(RDF.type, ORG.Organization);
    }

    /** A person holding {@code title} (a notation of the titles scheme) in {@code orgName} (null: none named). */
    Resource person(String name, String title, String orgName) {
        Resource p = named(iri + "/person/" + ScriptConverter.pinyinSlug(name), name).addProperty(RDF.type, FOAF.Person)
                .addProperty(FOAF.name, name, "zh-Hans");
        if (title != null) {
            Resource pos = m.createResource(iri + "/position/" + (++positions)).addProperty(RDF.type, ORG.Membership)
                    .addProperty(ORG.member, p).addProperty(ORG.role, m.createResource(KGO.TITLES_NS + title));
            if (orgName != null) {
                pos.addProperty(ORG.organization, org(orgName));
            }
        }
        return p;
    }

    String iri() {
        return iri;
    }

    Model model() {
        return m;
    }

    private Resource named(String uri, String name) {
        return m.createResource(uri).addProperty(SKOS.prefLabel, name, "zh-Hans")
                .addProperty(SKOS.prefLabel, ScriptConverter.toTraditional(name), "zh-Hant");
    }
}
