package dev.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class TermsTest {
    private static final String BASE = "https://w3id.org/kgnews/id/";
    private final Model m = ModelFactory.createDefaultModel();
    private final Terms terms = new Terms(m, new Addresses(BASE), PrefixMapping.Standard);

    @Test
    void anIriFromALoadedFileCannotBecomeAScriptLink() {
        Resource evil = m.createResource("javascript:alert(document.cookie)").addProperty(RDFS.label, "<b>click</b>", "en");
        String html = terms.html(evil);
        assertFalse(html.contains("href"), html);
        assertFalse(html.contains("<b>"), html);
        assertEquals("<span lang=\"en\">&lt;b&gt;click&lt;/b&gt;</span>", html);
        assertFalse(terms.predicate(m.createProperty("javascript:x")).contains("href"));
    }

    @Test
    void ourIrisLinkToTheirPageAndOthersToThemselvesWithTheirLabel() {
        Resource person = m.createResource(BASE + "a/person/x").addProperty(SKOS.prefLabel, "王明", "zh-Hans")
                .addProperty(SKOS.prefLabel, "Wáng Míng", "zh-Latn-pinyin");
        assertEquals("<a href=\"/page/kgnews/id/a/person/x\" title=\"" + person.getURI() + "\"><span lang=\"zh-Hans\">王明</span></a>",
                terms.html(person));
        assertTrue(terms.html(m.createResource("http://xmlns.com/foaf/0.1/Person")).contains("href=\"http://xmlns.com/foaf/0.1/Person\""));
    }
}
