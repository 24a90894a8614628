package dev.kg.rdf;

import dev.kg.vocab.PROV;
import dev.kg.vocab.NIF;
import dev.kg.vocab.KGO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.extract.ArticleFacts;
import dev.kg.normalize.Normalizer;
import dev.kg.source.Article;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The rdf stage over a small article written with pinyin glosses and traditional characters. */
class GraphBuilderTest {
    private static final ArticleConverter CONVERTER = new ArticleConverter();
    private static final String BASE = ConvertOptions.DEFAULT_BASE;
    /** Glosses before, inside and after the names the graph refers to. */
    private static final String TEXT = "9月12日，王建國(guó)來(lái)到揚(yáng)州市調研。市委書記李紅(hóng)梅陪同。";
    private static final Article ARTICLE = new Article("test gloss", "memory", TEXT);

    private static Model graph() {
        ArticleFacts facts = CONVERTER.facts(ARTICLE);
        return new GraphBuilder(BASE, ARTICLE.id(), facts, Optional.empty()).build();
    }

    private static Set<String> iris(Model m) {
        Set<String> out = new TreeSet<>();
        m.listStatements().forEachRemaining(s -> {
            out.add(s.getSubject().isURIResource() ? s.getSubject().getURI() : "");
            out.add(s.getPredicate().getURI());
            if (s.getObject().isURIResource()) {
                out.add(s.getObject().asResource().getURI());
            }
        });
        return out;
    }

    @Test
    void theSameInputGivesTheSameGraph() {
        Model a = graph();
        Model b = graph();
        assertEquals(iris(a), iris(b));
        assertTrue(a.isIsomorphicWith(b));
        assertEquals(a.size(), b.size());
    }

    @Test
    void irisHoldNoSpaces() {
        for (String iri : iris(graph())) {
            assertFalse(iri.isEmpty(), "a blank node");
            assertFalse(iri.contains(" "), iri);
        }
    }

    @Test
    void mentionOffsetsPointAtTheOriginalText() {
        Model m = graph();
        List<Resource> mentions = m.listResourcesWithProperty(RDF.type, KGO.Mention).toList();
        assertFalse(mentions.isEmpty());
        for (Resource r : mentions) {
            int b = r.getRequiredProperty(NIF.beginIndex).getInt();
            int e = r.getRequiredProperty(NIF.endIndex).getInt();
            assertTrue(r.getURI().endsWith("#char=" + b + "," + e), r.getURI());
            String anchor = r.getRequiredProperty(NIF.anchorOf).getString();
            assertEquals(TEXT.substring(b, e), anchor);
            assertEquals(Normalizer.normalize(anchor).text(), r.getRequiredProperty(KGO.normalizedForm).getString());
        }
        // the place and the person keep the glosses inside their names
        Set<String> anchors = new TreeSet<>();
        mentions.forEach(r -> anchors.add(r.getRequiredProperty(NIF.anchorOf).getString()));
        assertTrue(anchors.contains("揚(yáng)州市"), anchors::toString);
        assertTrue(anchors.contains("李紅(hóng)梅"), anchors::toString);
        assertTrue(anchors.contains("王建國"), anchors::toString);
    }

    @Test
    void sentenceOffsetsPointAtTheOriginalText() {
        Model m = graph();
        List<Resource> sentences = m.listResourcesWithProperty(RDF.type, NIF.Sentence).toList();
        assertEquals(2, sentences.size());
        for (Resource s : sentences) {
            int b = s.getRequiredProperty(NIF.beginIndex).getInt();
            int e = s.getRequiredProperty(NIF.endIndex).getInt();
            assertEquals(TEXT.substring(b, e), s.getRequiredProperty(NIF.anchorOf).getString());
        }
    }

    @Test
    void aPersonIsLabelledInThreeScriptsWithTheArticlesOwnTraditionalForm() {
        Model m = graph();
        Resource p = m.createResource(new IriMinter(BASE, ARTICLE.id()).person("李红梅"));
        assertTrue(p.hasProperty(RDF.type, FOAF.Person));
        assertEquals(Set.of("李红梅@zh-Hans", "李紅梅@zh-Hant", "lǐ hóng méi@zh-Latn-pinyin"), labels(p));
        assertEquals(1, p.listProperties(PROV.wasDerivedFrom).toList().size());
    }

    private static Set<String> labels(Resource r) {
        Set<String> out = new TreeSet<>();
        for (Statement s : r.listProperties(SKOS.prefLabel).toList()) {
            Literal l = s.getLiteral();
            out.add(l.getString() + "@" + l.getLanguage());
        }
        return out;
    }

    @Test
    void everyDerivationPointsAtAMentionOfTheArticle() {
        Model m = graph();
        Resource article = m.createResource(BASE + "test%20gloss");
        m.listStatements(null, PROV.wasDerivedFrom, (RDFNode) null).forEachRemaining(s -> {
            Resource mention = s.getObject().asResource();
            assertTrue(mention.hasProperty(RDF.type, KGO.Mention), mention::toString);
            assertTrue(mention.hasProperty(NIF.referenceContext, article), mention::toString);
        });
    }
}
