package dev.kg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.SampleGraph;
import dev.kg.vocab.KGO;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RdfFormatTest {
    private static final String ARTICLE = SampleGraph.BASE + SampleGraph.ID;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = RdfFormat.class, names = {"TRIG", "NQ"})
    void datasetSyntaxesPutTheArticleInAGraphNamedAfterIt(RdfFormat format) {
        Model model = SampleGraph.build();
        Dataset back = parse(format, model);
        assertEquals(List.of(ARTICLE), names(back));
        assertTrue(back.getNamedModel(ARTICLE).isIsomorphicWith(model), format + ": the named graph is the article's graph");
        assertEquals(0, back.getDefaultModel().size(), format + ": nothing outside the named graph");
        assertTrue(format.keepsGraphName());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = RdfFormat.class, names = {"TTL", "NT", "RDFXML", "JSONLD"})
    void otherSyntaxesHoldThePlainGraph(RdfFormat format) {
        Model model = SampleGraph.build();
        Dataset back = parse(format, model);
        assertEquals(List.of(), names(back));
        assertTrue(back.getDefaultModel().isIsomorphicWith(model), format.toString());
        assertFalse(format.keepsGraphName());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = RdfFormat.class, names = {"TRIG", "NQ"})
    void aGraphWithoutOneArticleStaysInTheDefaultGraph(RdfFormat format) {
        Model two = SampleGraph.build();
        two.add(two.createResource(ARTICLE + "-2"), RDF.type, KGO.Article);
        Dataset back = parse(format, two);
        assertEquals(List.of(), names(back));
        assertTrue(back.getDefaultModel().isIsomorphicWith(two));
    }

    private static Dataset parse(RdfFormat format, Model model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(model, out);
        Dataset back = DatasetFactory.create();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), format.lang()).parse(back);
        return back;
    }

    private static List<String> names(Dataset d) {
        return Iter.toList(Iter.map(d.listModelNames(), r -> r.getURI()));
    }
}
