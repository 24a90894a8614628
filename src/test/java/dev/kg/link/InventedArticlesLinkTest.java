package dev.kg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.store.DatasetLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whole articles, converted: the seed and an invented report that share an official give one
 * corpus person; two invented articles with one name in two cities give two.
 */
class InventedArticlesLinkTest {
    private static final Path DIR = Path.of("src/test/resources/link");
    private static final ArticleConverter CONVERTER = new ArticleConverter();
    private static DatasetGraph dataset;
    private static Model identity;

    @BeforeAll
    static void link() {
        DatasetLoader loader = new DatasetLoader(CONVERTER, ConvertOptions.defaults());
        for (Path p : List.of(Path.of("seeds/xuzhou-2005.txt"), DIR.resolve("xuzhou-visit.txt"),
                DIR.resolve("namesake-suqian.txt"), DIR.resolve("namesake-qujing.txt"))) {
            loader.load(p);
        }
        dataset = loader.dataset();
        Map<String, Model> linksets = Linking.linkAll(dataset, ConvertOptions.DEFAULT_BASE, true); // as kg serve will
        identity = linksets.get(IdentityLinker.IRI);
    }

    /** The corpus resources that the article-level persons of this name are linked to. */
    private static Set<Resource> corpusPersons(String name) {
        Set<Resource> out = new HashSet<>();
        identity.listResourcesWithProperty(RDF.type, FOAF.Person).forEachRemaining(p -> {
            if (p.hasProperty(FOAF.name, name, "zh-Hans")) {
                out.add(p);
            }
        });
        return out;
    }

    private static long linksTo(Resource corpus) {
        return identity.listStatements(null, OWL.sameAs, corpus).toList().size();
    }

    @Test
    void theSeedAndAnInventedReportShareOneOfficial() {
        Set<Resource> xuMing = corpusPersons("徐鸣");
        assertEquals(1, xuMing.size(), () -> "徐鸣: " + xuMing);
        Resource corpus = xuMing.iterator().next();
        assertEquals(2, linksTo(corpus), "both articles' 徐鸣, owl:sameAs (same organization)");
        assertEquals(ConvertOptions.DEFAULT_BASE + "person/xu-ming-320300", corpus.getURI());
    }

    @Test
    void oneNameInTwoCitiesIsTwoPersons() {
        Set<Resource> wang = corpusPersons("王建华");
        assertEquals(2, wang.size(), () -> "王建华: " + wang);
        for (Resource r : wang) {
            assertEquals(1, identity.listStatements(null, null, (RDFNode) r)
                    .filterKeep(s -> s.getPredicate().equals(OWL.sameAs)
                            || s.getPredicate().equals(org.apache.jena.vocabulary.SKOS.closeMatch)).toList().size(),
                    r + " stands for one article's person only");
        }
    }

    @Test
    void theSharedCityAndItsCommitteeAreOneResourceEach() {
        Resource xuzhou = identity.createResource(ConvertOptions.DEFAULT_BASE + "place/xu-zhou-shi-320300");
        assertEquals(2, linksTo(xuzhou), "徐州市 of the seed and of the visit");
        Resource committee = identity.createResource(ConvertOptions.DEFAULT_BASE + "org/xu-zhou-shi-wei-320300");
        assertEquals(2, linksTo(committee));
    }

    @Test
    void theCuratedWikidataLinksReachTheCorpusPlaces() {
        Model wd = ModelOf.graph(dataset, WikidataLinker.IRI);
        assertTrue(wd.contains(wd.createResource(ConvertOptions.DEFAULT_BASE + "place/xu-zhou-shi-320300"),
                OWL.sameAs, wd.createResource("http://www.wikidata.org/entity/Q57719")));
        assertTrue(wd.contains(wd.createResource(ConvertOptions.DEFAULT_BASE + "place/jiang-su-sheng-320000"),
                OWL.sameAs, wd.createResource("http://www.wikidata.org/entity/Q16963")));
    }

    @Test
    void theCareerQueryFollowsAnOfficialAcrossArticles() throws IOException {
        String query = Files.readString(Path.of("queries/person-career.rq"), StandardCharsets.UTF_8)
                .replace("# VALUES ?name { \"张三\" }", "VALUES ?name { \"徐鸣\" }");
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dataset)).query(query).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        Set<String> articles = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (QuerySolution r : rows) {
            assertEquals("徐鸣", r.getLiteral("name").getString());
            articles.add(r.getResource("article").getURI());
            kinds.add(r.getLiteral("kind").getString());
        }
        assertEquals(Set.of(ConvertOptions.DEFAULT_BASE + "xuzhou-2005", ConvertOptions.DEFAULT_BASE + "xuzhou-visit"),
                articles, "both articles");
        assertEquals(Set.of("position", "event"), kinds);
        assertTrue(rows.stream().anyMatch(r -> r.contains("organization")
                && r.getLiteral("organization").getString().equals("徐州市委")
                && r.getResource("article").getURI().endsWith("xuzhou-visit")));
        int firstUndated = rows.stream().filter(r -> !r.contains("date")).findFirst().map(rows::indexOf).orElse(rows.size());
        assertFalse(rows.subList(firstUndated, rows.size()).stream().anyMatch(r -> r.contains("date")),
                "dated rows first, in date order; undated (positions of an article without a date) last");
    }
}
