package dev.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.SampleGraph;
import dev.kg.convert.ConvertOptions;
import dev.kg.rdf.RdfFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DatasetLoaderTest {
    @TempDir
    Path dir;

    private final DatasetLoader loader = new DatasetLoader(ConvertOptions.defaults());

    @Test
    void eachFileIsANamedGraphAndTheDefaultGraphIsTheUnion() throws IOException {
        Path ttl = dir.resolve("g.ttl");
        GraphWriter.write(SampleGraph.build(), ttl, RdfFormat.TTL);
        Path trig = Files.writeString(dir.resolve("h.trig"),
                "<https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 . }\n"
                        + "<https://example.org/s> <https://example.org/p> 2 .\n");
        DatasetLoader.Loaded first = loader.load(ttl);
        DatasetLoader.Loaded second = loader.load(trig);
        long sample = SampleGraph.build().size();
        assertEquals(sample, first.triples());
        assertEquals(2, second.triples());
        DatasetGraph dsg = loader.dataset();
        Txn.executeRead(dsg, () -> {
            assertEquals(sample + 2, dsg.getDefaultGraph().size());
            assertTrue(ModelFactory.createModelForGraph(dsg.getGraph(first.graph()))
                    .isIsomorphicWith(SampleGraph.build()));
            assertEquals(ttl.toAbsolutePath().toUri().toString(), first.graph().getURI());
            assertEquals(1, dsg.getGraph(NodeFactory.createURI("https://example.org/g")).size());
            assertEquals(1, dsg.getGraph(second.graph()).size(), "the file's default graph");
        });
    }

    @Test
    void anArticleGraphIsNamedAfterTheArticle() {
        Path seed = Path.of("seeds", "xuzhou-2005.txt");
        DatasetLoader.Loaded loaded = loader.load(seed);
        assertEquals(ConvertOptions.DEFAULT_BASE + "xuzhou-2005", loaded.graph().getURI());
        assertTrue(loaded.triples() > 0, "the converter emitted triples");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = RdfFormat.class, names = {"TRIG", "NQ"})
    void aConvertedArticleInTrigOrNQuadsLoadsIntoTheGraphServeGivesIt(RdfFormat format) {
        DatasetLoader.Loaded article = loader.load(Path.of("seeds", "xuzhou-2005.txt"));
        Graph converted = GraphFactory.createGraphMem();
        Txn.executeRead(loader.dataset(), () -> GraphUtil.addInto(converted, loader.dataset().getGraph(article.graph())));
        Path file = dir.resolve("xuzhou-2005." + format.extension());
        GraphWriter.write(ModelFactory.createModelForGraph(converted), file, format);
        DatasetLoader again = new DatasetLoader(ConvertOptions.defaults());
        again.load(file);
        DatasetGraph dsg = again.dataset();
        Txn.executeRead(dsg, () -> {
            assertEquals(List.of(article.graph()), Iter.toList(dsg.listGraphNodes()));
            assertTrue(dsg.getGraph(article.graph()).isIsomorphicWith(converted));
        });
    }

    @Test
    void rdfXmlIsReadUnderOurOwnExtensionToo() {
        Path file = dir.resolve("g.rdfxml");
        GraphWriter.write(SampleGraph.build(), file, RdfFormat.RDFXML);
        assertEquals(SampleGraph.build().size(), loader.load(file).triples());
    }

    @Test
    void parseErrorNamesFileLineAndColumn() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.nt"), "<https://example.org/s> <https://example.org/p> .\n");
        StoreException e = assertThrows(StoreException.class, () -> loader.load(bad));
        assertTrue(e.getMessage().startsWith(bad + ":1:"), e.getMessage());
    }

    @Test
    void unknownSyntaxAndMissingFilesAreExplained() throws IOException {
        Path odd = Files.writeString(dir.resolve("g.xyz"), "x");
        assertTrue(assertThrows(StoreException.class, () -> loader.load(odd)).getMessage().contains("unknown RDF syntax"));
        Path missing = dir.resolve("missing.ttl");
        assertTrue(assertThrows(StoreException.class, () -> loader.load(missing)).getMessage().contains("no such file"));
    }
}
