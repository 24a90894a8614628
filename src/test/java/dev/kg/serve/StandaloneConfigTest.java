package dev.kg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.store.TextIndex;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The standalone Fuseki configuration declares the same text index as {@link TextIndex}. */
class StandaloneConfigTest {
    static final String CONFIG = "/fuseki/kg-fuseki.ttl";

    @Test
    void theEntityMapIsTextIndexDefinition() {
        Model config = config();
        Resource map = only(config, TextVocab.entityMap);
        EntityDefinition declared = (EntityDefinition) Assembler.general().open(map);
        EntityDefinition ours = TextIndex.definition();
        assertEquals(ours.getEntityField(), declared.getEntityField());
        assertEquals(ours.getPrimaryField(), declared.getPrimaryField());
        assertEquals(ours.getLangField(), declared.getLangField());
        assertEquals(ours.getUidField(), declared.getUidField());
        assertEquals(ours.getGraphField(), declared.getGraphField());
        assertEquals(new HashSet<>(ours.fields()), new HashSet<>(declared.fields()));
        for (String field : ours.fields()) {
            assertEquals(Set.copyOf(ours.getPredicates(field)), Set.copyOf(declared.getPredicates(field)), field);
        }
    }

    @Test
    void theIndexIsSegmentedAndStoredAsTextIndexConfig() {
        Model config = config();
        Resource index = only(config, TextVocab.textIndexLucene);
        TextIndexConfig ours = TextIndex.config();
        for (var analyzer : List.of(TextVocab.pAnalyzer, TextVocab.pQueryAnalyzer)) {
            Resource declared = index.getPropertyResourceValue(analyzer);
            assertEquals(TextVocab.genericAnalyzer, declared.getPropertyResourceValue(RDF.type));
            assertEquals(ours.getAnalyzer().getClass().getName(), declared.getProperty(TextVocab.pClass).getString());
        }
        assertEquals(ours.isValueStored(), index.getProperty(TextVocab.pStoreValues).getBoolean());
    }

    @Test
    void itOffersOnlyReadOperations() {
        Model config = config();
        Set<String> operations = new HashSet<>();
        config.listObjectsOfProperty(FusekiVocab.pOperation)
                .forEachRemaining((RDFNode op) -> operations.add(op.asResource().getLocalName()));
        assertEquals(Set.of("query", "gsp-r"), operations);
        List<RDFNode> union = config.listObjectsOfProperty(VocabTDB2.pUnionDefaultGraph).toList();
        assertEquals(1, union.size());
        assertTrue(union.get(0).asLiteral().getBoolean(), "the default graph is the union of the articles' graphs");
    }

    static Model config() {
        try (InputStream in = StandaloneConfigTest.class.getResourceAsStream(CONFIG)) {
            if (in == null) {
                throw new IllegalStateException(CONFIG + " is not on the classpath");
            }
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base("http://example.org/kg-fuseki.ttl").parse(model);
            return model;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Resource only(Model model, Resource type) {
        List<Resource> found = model.listSubjectsWithProperty(RDF.type, type).toList();
        assertEquals(1, found.size(), "one " + type.getLocalName() + " in the configuration");
        return found.get(0);
    }
}
