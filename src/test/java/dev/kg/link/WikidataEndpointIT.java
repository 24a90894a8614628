package dev.kg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.vocab.KGO;
import dev.kg.vocab.WD;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * kg link's online path against a real SPARQL server: a Fuseki on a free loopback port serving a
 * stand-in written in Wikidata's vocabulary, reached by the same code that talks to Wikidata.
 */
class WikidataEndpointIT {
    static final String FIXTURE = "src/test/resources/link/wikidata-standin.ttl";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static FusekiServer server;
    private static String endpoint;
    private static Model identity;

    @BeforeAll
    static void start() {
        Model standin = RDFDataMgr.loadModel(FIXTURE);
        server = FusekiServer.create().port(0).loopback(true)
                .add("/wd", DatasetGraphFactory.wrap(standin.getGraph())).build().start();
        endpoint = "http://localhost:" + server.getHttpPort() + "/wd/sparql";
        TestArticle a = new TestArticle("a");
        a.place("徐州市", "320300");
        a.place("邳州市", null);
        a.place("沛县", null);
        a.place("江苏省", null);
        a.person("徐鸣", "shi-wei-shu-ji", "徐州市委");
        a.person("朱成林", "fu-zu-zhang", "中央巡回检查组");
        a.org("江苏省委");
        a.org("中央");
        identity = new IdentityLinker(TestArticle.BASE).link(List.of(a.model()), TODAY);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static Resource corpus(String path) {
        return ModelFactory.createDefaultModel().createResource(TestArticle.BASE + path);
    }

    private static WikidataLinker.Result online(String url, Duration timeout) {
        return new WikidataLinker(WikidataSource.curated(), Optional.of(WikidataSource.endpoint(url, timeout)))
                .link(identity, TODAY);
    }

    private static Set<String> ambiguous(Model wd, Resource r) {
        return wd.listObjectsOfProperty(r, KGO.ambiguousMatch).mapWith(n -> n.asResource().getURI())
                .toList().stream().collect(Collectors.toSet());
    }

    private static Set<String> linked(Model wd, Resource r) {
        return wd.listStatements(r, null, (RDFNode) null)
                .filterKeep(s -> s.getPredicate().equals(OWL.sameAs) || s.getPredicate().equals(SKOS.closeMatch))
                .mapWith(s -> s.getResource().getURI()).toList().stream().collect(Collectors.toSet());
    }

    @Test
    void aPlaceIsTheOneItemWithItsDivisionCodeAndBringsItsGeoNamesFeature() {
        WikidataLinker.Result r = online(endpoint, Duration.ofSeconds(10));
        assertTrue(r.failure().isEmpty(), () -> r.failure().get());
        Resource pizhou = corpus("place/pi-zhou-shi-320382");
        assertEquals(Set.of(WD.NS + "Q99000001"), linked(r.wikidata(), pizhou), "not the decoy of another code");
        assertTrue(r.wikidata().contains(pizhou, OWL.sameAs, r.wikidata().createResource(WD.NS + "Q99000001")));
        assertTrue(ambiguous(r.wikidata(), pizhou).isEmpty());
        Resource evidence = r.wikidata().listResourcesWithProperty(RDF.subject, pizhou).next();
        assertTrue(evidence.hasProperty(KGO.rule, "division-code"));
        assertEquals(endpoint, evidence.getPropertyResourceValue(DCTerms.source).getURI());
        assertTrue(r.geonames().contains(pizhou, OWL.sameAs, r.geonames().createResource("https://sws.geonames.org/99000001/")));
    }

    @Test
    void ofTwoItemsWithTheCodeTheOneWithTheNameIsTaken() {
        WikidataLinker.Result r = online(endpoint, Duration.ofSeconds(10));
        assertEquals(Set.of(WD.NS + "Q99000010"), linked(r.wikidata(), corpus("place/pei-xian-320322")));
    }

    @Test
    void theCuratedFileLinksFirstWithItsSourceAndDate() {
        WikidataLinker.Result r = online(endpoint, Duration.ofSeconds(10));
        Resource xuzhou = corpus("place/xu-zhou-shi-320300");
        assertEquals(Set.of(WD.NS + "Q57719"), linked(r.wikidata(), xuzhou));
        Resource evidence = r.wikidata().listResourcesWithProperty(RDF.subject, xuzhou).next();
        assertTrue(evidence.hasProperty(KGO.rule, "curated"));
        assertEquals("https://www.wikidata.org/wiki/Q57719", evidence.getPropertyResourceValue(DCTerms.source).getURI());
        assertEquals("2026-12-01", evidence.getProperty(DCTerms.date).getString());
    }

    @Test
    void anOrganizationIsTheOneItemOfItsNameInEitherScriptAndAmbiguityIsRecordedNotGuessed() {
        WikidataLinker.Result r = online(endpoint, Duration.ofSeconds(10));
        assertEquals(Set.of(WD.NS + "Q99000003"), linked(r.wikidata(), corpus("org/xu-zhou-shi-wei-320300")));
        assertTrue(r.wikidata().contains(corpus("org/xu-zhou-shi-wei-320300"), SKOS.closeMatch,
                r.wikidata().createResource(WD.NS + "Q99000003")), "probable: a name and a type");
        assertEquals(Set.of(WD.NS + "Q99000004"), linked(r.wikidata(), corpus("org/jiang-su-sheng-wei-320000")),
                "found by its zh-Hant label 江蘇省委");
        Resource central = corpus("org/zhong-yang-cn");
        assertTrue(linked(r.wikidata(), central).isEmpty());
        assertEquals(Set.of(WD.NS + "Q99000005", WD.NS + "Q99000006"), ambiguous(r.wikidata(), central));
    }

    @Test
    void aPersonIsNeverLinkedByNameAloneOnline() {
        WikidataLinker.Result r = online(endpoint, Duration.ofSeconds(10));
        Resource xu = corpus("person/xu-ming-320300");
        assertTrue(linked(r.wikidata(), xu).isEmpty());
        assertEquals(Set.of(WD.NS + "Q99000020", WD.NS + "Q99000021"), ambiguous(r.wikidata(), xu));
        Resource zhu = identity.listSubjectsWithProperty(org.apache.jena.sparql.vocabulary.FOAF.name, "朱成林", "zh-Hans").next();
        assertTrue(linked(r.wikidata(), zhu).isEmpty(), "even a single human of that name");
        assertEquals(Set.of(WD.NS + "Q99000022"), ambiguous(r.wikidata(), zhu));
    }

    @Test
    void theWikidataLinksetCountsItsLinks() {
        WikidataLinker.Result r = online(endpoint, Duration.ofSeconds(10));
        Resource self = r.wikidata().createResource(WikidataLinker.IRI);
        assertTrue(self.hasProperty(RDF.type, VOID.Linkset));
        assertEquals(r.linked(), self.getProperty(VOID.triples).getLong());
        assertTrue(r.linked() >= 6, "江苏省, 徐州市, 邳州市, 沛县, 徐州市委, 江苏省委: " + r.linked());
        assertTrue(r.wikidata().contains(r.wikidata().createResource(Linkset.WIKIDATA), VOID.sparqlEndpoint,
                r.wikidata().createResource(WD.ENDPOINT)));
    }

    @Test
    void anEndpointThatIsDownLeavesTheOfflineLinks() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        WikidataLinker.Result r = online("http://127.0.0.1:" + port + "/sparql", Duration.ofSeconds(5));
        assertTrue(r.failure().isPresent());
        assertTrue(r.failure().get().contains("127.0.0.1:" + port), r.failure().get());
        assertEquals(Set.of(WD.NS + "Q57719"), linked(r.wikidata(), corpus("place/xu-zhou-shi-320300")));
        assertTrue(linked(r.wikidata(), corpus("place/pi-zhou-shi-320382")).isEmpty());
    }

    @Test
    void anEndpointThatNeverAnswersIsGivenUpAfterTheTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try (Socket held = silent.accept()) {
                    Thread.sleep(30_000); // accepts and says nothing
                } catch (IOException | InterruptedException ignored) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/sparql";
            WikidataLinker.Result r = assertTimeoutPreemptively(Duration.ofSeconds(15),
                    () -> online(url, Duration.ofSeconds(2)));
            assertTrue(r.failure().isPresent());
            assertEquals(Set.of(WD.NS + "Q57719"), linked(r.wikidata(), corpus("place/xu-zhou-shi-320300")));
            acceptor.interrupt();
        }
    }

    @Test
    void kgLinkWithAnEndpointWritesTheOnlineLinksAndExitsOneWhenTheEndpointFails(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        java.nio.file.Path data = dir.resolve("a.ttl");
        TestArticle a = new TestArticle("a");
        a.place("邳州市", null);
        RDFDataMgr.write(java.nio.file.Files.newOutputStream(data), a.model(), org.apache.jena.riot.Lang.TURTLE);
        java.nio.file.Path out = dir.resolve("links.trig");
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = dev.kg.cli.Main.commandLine().setErr(new java.io.PrintWriter(err, true))
                .execute("link", data.toString(), "--endpoint", endpoint, "-o", out.toString());
        assertEquals(0, exit, err.toString());
        Model wd = RDFDataMgr.loadDataset(out.toString()).getNamedModel(WikidataLinker.IRI);
        assertTrue(wd.contains(corpus("place/pi-zhou-shi-320382"), OWL.sameAs, wd.createResource(WD.NS + "Q99000001")));

        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        java.io.StringWriter err2 = new java.io.StringWriter();
        java.nio.file.Path out2 = dir.resolve("offline.trig");
        int failed = dev.kg.cli.Main.commandLine().setErr(new java.io.PrintWriter(err2, true))
                .execute("link", data.toString(), "--endpoint", "http://127.0.0.1:" + port + "/sparql",
                        "--timeout", "3", "-o", out2.toString());
        assertEquals(1, failed, err2.toString());
        assertTrue(err2.toString().contains("127.0.0.1:" + port), err2.toString());
        assertTrue(RDFDataMgr.loadDataset(out2.toString()).containsNamedModel(IdentityLinker.IRI),
                "the offline linksets are written all the same");
    }

    @Test
    void theReconciliationQueryIsBounded() {
        assertEquals(WikidataLinker.LIMIT, WikidataLinker.query(List.of("徐州市"), Optional.of("320300")).getLimit());
        assertFalse(WikidataLinker.query(List.of("徐州市"), Optional.empty()).toString().contains("P442 \""),
                "no code is asked for a name without one");
    }
}
