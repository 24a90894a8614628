package dev.kg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.vocab.WD;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The queries of {@code queries/federated/}, run as written except for the SERVICE IRI, which the
 * test points at a Fuseki on a free loopback port serving the Wikidata stand-in.
 */
class FederatedQueriesIT {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static FusekiServer server;
    private static String endpoint;
    private static DatasetGraph dataset;

    @BeforeAll
    static void start() {
        server = FusekiServer.create().port(0).loopback(true)
                .add("/wd", DatasetGraphFactory.wrap(RDFDataMgr.loadModel(WikidataEndpointIT.FIXTURE).getGraph()))
                .build().start();
        endpoint = "http://localhost:" + server.getHttpPort() + "/wd/sparql";

        TestArticle a = new TestArticle("a");
        a.place("徐州市", "320300");
        a.place("江苏省", "320000");
        a.person("朱成林", "fu-zu-zhang", "中央巡回检查组");
        dataset = DatasetGraphFactory.createTxnMem();
        Linking.install(dataset, Map.of(a.iri(), a.model()), true);
        Model identity = new IdentityLinker(TestArticle.BASE).link(dataset, TODAY);
        // a curated entry for the person, as a curator would write it (the shipped file links no person)
        Model curated = RDFDataMgr.loadModel("ontology/links/wikidata.ttl");
        RDFParser.fromString("""
                PREFIX wd: <http://www.wikidata.org/entity/>
                PREFIX wdt: <http://www.wikidata.org/prop/direct/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                wd:Q99000022 rdfs:label "朱成林"@zh-hans ; wdt:P31 wd:Q5 ;
                    dcterms:source <https://example.org/test> ; dcterms:date "2026-12-01" .
                """, Lang.TURTLE).parse(curated);
        WikidataLinker.Result wd = new WikidataLinker(WikidataSource.curated(curated, "test"), Optional.empty())
                .link(identity, TODAY);
        Map<String, Model> linksets = new LinkedHashMap<>();
        linksets.put(IdentityLinker.IRI, identity);
        linksets.put(WikidataLinker.IRI, wd.wikidata());
        Linking.install(dataset, linksets, true);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static List<QuerySolution> run(String file) throws IOException {
        String text = Files.readString(Path.of("queries/federated", file), StandardCharsets.UTF_8);
        String original = "<" + WD.ENDPOINT + ">";
        assertTrue(text.contains("SERVICE " + original), file + " names Wikidata's endpoint");
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                .query(text.replace(original, "<" + endpoint + ">")).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void placeFactsJoinTheArticlesPlacesWithWikidata() throws IOException {
        List<QuerySolution> rows = run("place-facts.rq");
        Map<String, String> population = new LinkedHashMap<>();
        for (QuerySolution r : rows) {
            assertEquals(TestArticle.BASE + "a", r.getResource("article").getURI());
            population.put(r.getLiteral("name").getString(), r.getLiteral("population").getLexicalForm());
        }
        assertEquals(Map.of("江苏省", "8888", "徐州市", "9999"), population);
        assertTrue(rows.stream().anyMatch(r -> r.contains("coordinates")
                && r.getLiteral("coordinates").getLexicalForm().equals("Point(117.0 34.0)")));
    }

    @Test
    void personPositionsListWhatWikidataRecordsForALinkedPerson() throws IOException {
        List<QuerySolution> rows = run("person-positions.rq");
        List<String> positions = rows.stream().map(r -> r.getLiteral("name").getString() + " "
                + r.getLiteral("positionLabel").getString()).toList();
        assertEquals(java.util.Set.of("朱成林 县长", "朱成林 副组长"), java.util.Set.copyOf(positions));
        assertEquals(2, positions.size());
        assertEquals(WD.NS + "Q99000022", rows.get(0).getResource("item").getURI());
    }
}
