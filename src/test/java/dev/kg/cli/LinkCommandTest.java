package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.link.IdentityLinker;
import dev.kg.link.Linkset;
import dev.kg.link.WikidataLinker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandTest {
    @TempDir
    Path dir;
    private Path a;
    private Path b;

    private static final String ARTICLE = """
            PREFIX kgo: <https://w3id.org/kgnews/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            <https://w3id.org/kgnews/id/%1$s> {
              <https://w3id.org/kgnews/id/%1$s> a kgo:Article .
              <https://w3id.org/kgnews/id/%1$s/place/xu-zhou-shi> a schema:Place ;
                  skos:prefLabel "徐州市"@zh-Hans ; dcterms:identifier "320300" .
            }
            """;

    @BeforeEach
    void articles() throws IOException {
        a = Files.writeString(dir.resolve("a.trig"), ARTICLE.formatted("a"), StandardCharsets.UTF_8);
        b = Files.writeString(dir.resolve("b.trig"), ARTICLE.formatted("b"), StandardCharsets.UTF_8);
    }

    @Test
    void writesTheThreeLinksetsAsNamedGraphsThatDescribeThemselves() {
        Path out = dir.resolve("links.trig");
        Cli run = Cli.run("link", a.toString(), b.toString(), "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("identity: 2 owl:sameAs, 0 skos:closeMatch"), run.err());
        DatasetGraph ds = RDFDataMgr.loadDatasetGraph(out.toString());
        Set<String> names = new HashSet<>();
        ds.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        assertEquals(Set.of(IdentityLinker.IRI, WikidataLinker.IRI, WikidataLinker.GEONAMES_IRI), names);
        Node identity = NodeFactory.createURI(IdentityLinker.IRI);
        assertTrue(ds.contains(identity, identity, RDF.type.asNode(), VOID.Linkset.asNode()));
        Node corpus = NodeFactory.createURI("https://w3id.org/kgnews/id/place/xu-zhou-shi-320300");
        assertTrue(ds.contains(identity, NodeFactory.createURI("https://w3id.org/kgnews/id/a/place/xu-zhou-shi"),
                OWL.sameAs.asNode(), corpus));
        Node wd = NodeFactory.createURI(WikidataLinker.IRI);
        assertTrue(ds.contains(wd, corpus, OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q57719")),
                "the curated link");
        assertTrue(WikidataLinker.IRI.startsWith(Linkset.NS));
    }

    @Test
    void nQuadsByTheOutputsExtension() throws IOException {
        Path out = dir.resolve("links.nq");
        assertEquals(0, Cli.run("link", a.toString(), "-o", out.toString()).exit());
        assertTrue(Files.readString(out).lines().allMatch(l -> l.isBlank() || l.endsWith(" .")), "one quad a line");
        assertTrue(Files.readString(out).contains("<" + IdentityLinker.IRI + "> ."));
    }

    @Test
    void refusesToReplaceAFileItDidNotCreateUnlessForced() throws IOException {
        Path out = Files.writeString(dir.resolve("mine.trig"), "precious", StandardCharsets.UTF_8);
        Cli run = Cli.run("link", a.toString(), "-o", out.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains(out.toString()) && run.err().contains("--force"), run.err());
        assertEquals("precious", Files.readString(out));
        assertEquals(0, Cli.run("link", a.toString(), "-o", out.toString(), "--force").exit());
        assertTrue(Files.readString(out).contains("void:Linkset"));
    }

    @Test
    void aDataFileThatDoesNotParseIsNamedWithItsLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.ttl"), "<a> <b> .\n", StandardCharsets.UTF_8);
        Cli run = Cli.run("link", bad.toString(), "-o", dir.resolve("x.trig").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("bad.ttl:1:"), run.err());
        assertTrue(Files.notExists(dir.resolve("x.trig")));
    }

    @Test
    void refusesASyntaxThatWouldLoseTheGraphNames() {
        Path out = dir.resolve("links.ttl");
        Cli run = Cli.run("link", a.toString(), "-o", out.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains(".trig or .nq"), run.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void anEndpointMustBeAnHttpUrl() {
        Cli run = Cli.run("link", a.toString(), "--endpoint", "ftp://example.org/sparql");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("not an http(s) URL"), run.err());
    }

    @Test
    void hasHelp() {
        Cli run = Cli.run("link", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("--endpoint") && run.out().contains("identity (article-level"), run.out());
    }
}
