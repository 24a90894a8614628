package dev.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.SampleGraph;
import dev.kg.rdf.RdfFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GraphWriterTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(RdfFormat.class)
    void everyFormatParsesBackToAnIsomorphicGraph(RdfFormat format) {
        Model model = SampleGraph.build();
        Path out = dir.resolve("sample." + format.extension());
        GraphWriter.write(model, out, format);
        // TriG and N-Quads hold it in the article's named graph: read every graph
        Model back = ModelFactory.createDefaultModel();
        RDFDataMgr.loadDatasetGraph(out.toString(), format.lang()).find().forEachRemaining(q -> back.getGraph().add(q.asTriple()));
        assertTrue(back.isIsomorphicWith(model), format + " lost or changed triples");
        assertEquals(RdfFormat.byExtension(out).orElseThrow(), format);
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path out = Files.writeString(dir.resolve("g.ttl"), "old");
        GraphWriter.write(SampleGraph.build(), out, RdfFormat.TTL);
        assertTrue(RDFDataMgr.loadModel(out.toString()).isIsomorphicWith(SampleGraph.build()));
    }

    @Test
    void aFailedWriteLeavesNoTargetAndNoTemporaryFile() throws IOException {
        Model model = ModelFactory.createDefaultModel();
        // RDF/XML cannot write a property whose IRI has no XML local name
        model.createResource("https://example.org/s")
                .addProperty(model.createProperty("https://example.org/p/", "1"), "x");
        Path out = dir.resolve("bad.rdf");
        assertThrows(StoreException.class, () -> GraphWriter.write(model, out, RdfFormat.RDFXML));
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "temporary file left behind");
        }
    }

    @Test
    void anUnwritableFolderIsAStoreExceptionNamingTheTarget() throws IOException {
        Path notADir = Files.writeString(dir.resolve("file"), "x");
        Path out = notADir.resolve("g.ttl");
        StoreException e = assertThrows(StoreException.class,
                () -> GraphWriter.write(SampleGraph.build(), out, RdfFormat.TTL));
        assertTrue(e.getMessage().contains(out.toString()), e.getMessage());
    }
}
