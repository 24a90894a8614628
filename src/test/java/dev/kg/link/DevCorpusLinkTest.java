package dev.kg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.DevCorpus;
import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.rdf.validate.ConformanceReport;
import dev.kg.rdf.validate.GraphValidator;
import dev.kg.store.DatasetLoader;
import dev.kg.vocab.KGO;
import dev.kg.vocab.Ontology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The linker over the seed and the real dev corpus (read in place): nothing absurd merges. */
class DevCorpusLinkTest {
    private static DatasetGraph dataset;
    private static Model identity;

    @BeforeAll
    static void link() throws IOException {
        Path dev = DevCorpus.require();
        DatasetLoader loader = new DatasetLoader(new ArticleConverter(), ConvertOptions.defaults());
        loader.load(Path.of("seeds/xuzhou-2005.txt"));
        try (Stream<Path> files = Files.list(dev)) {
            files.filter(p -> p.getFileName().toString().matches("d\\d+\\.txt")).sorted().forEach(loader::load);
        }
        dataset = loader.dataset();
        identity = new IdentityLinker(ConvertOptions.DEFAULT_BASE).link(dataset, LocalDate.of(2026, 12, 1));
        Map<String, Integer> members = new HashMap<>();
        identity.listStatements(null, RDF.object, (RDFNode) null)
                .forEachRemaining(s -> members.merge(s.getResource().getURI(), 1, Integer::sum));
        System.err.printf("dev corpus + seed: %d owl:sameAs, %d skos:closeMatch, %d corpus resources, %d with more than one%n",
                identity.listStatements(null, OWL.sameAs, (RDFNode) null).toList().size(),
                identity.listStatements(null, SKOS.closeMatch, (RDFNode) null).toList().size(),
                members.size(), members.values().stream().filter(n -> n > 1).count());
    }

    private static Model graphOf(Resource articleLevel) {
        String iri = articleLevel.getURI();
        String article = iri.substring(0, iri.indexOf('/', ConvertOptions.DEFAULT_BASE.length()));
        return ModelFactory.createModelForGraph(dataset.getGraph(org.apache.jena.graph.NodeFactory.createURI(article)));
    }

    @Test
    void everyCorpusResourceStandsForOneNameAndAtMostOneResourcePerArticle() {
        Map<Resource, Set<String>> names = new HashMap<>();
        Map<Resource, Set<String>> articles = new HashMap<>();
        for (Statement s : identity.listStatements(null, RDF.object, (RDFNode) null).toList()) {
            Resource ev = s.getSubject();
            Resource local = ev.getPropertyResourceValue(RDF.subject);
            Resource corpus = s.getResource();
            Resource inArticle = graphOf(local).getResource(local.getURI());
            names.computeIfAbsent(corpus, k -> new HashSet<>()).add(ArticleEntities.name(inArticle).orElseThrow());
            String article = local.getURI().substring(0, local.getURI().indexOf('/', ConvertOptions.DEFAULT_BASE.length()));
            assertTrue(articles.computeIfAbsent(corpus, k -> new HashSet<>()).add(article) || !corpus.getURI().contains("/person/"),
                    () -> corpus + " links two persons of one article");
        }
        names.forEach((corpus, n) -> {
            if (!corpus.getURI().contains("/place/")) { // a place may be named in full or short form
                assertEquals(1, n.size(), () -> corpus + " merges " + n);
            }
        });
    }

    /** A division named in several articles (with its code) is one corpus place, linked from each of them. */
    @Test
    void aPlaceSharedByArticlesIsOneCorpusResource() {
        Map<String, Set<Resource>> corpusByCode = new HashMap<>();
        Map<String, Set<String>> articlesByCode = new HashMap<>();
        for (Statement s : identity.listStatements(null, OWL.sameAs, (RDFNode) null).toList()) {
            Resource local = graphOf(s.getSubject()).getResource(s.getSubject().getURI());
            if (local.hasProperty(RDF.type, SchemaDO.Place) && local.hasProperty(DCTerms.identifier)) {
                String code = local.getProperty(DCTerms.identifier).getString();
                String iri = local.getURI();
                corpusByCode.computeIfAbsent(code, k -> new HashSet<>()).add(s.getResource());
                articlesByCode.computeIfAbsent(code, k -> new HashSet<>())
                        .add(iri.substring(0, iri.indexOf('/', ConvertOptions.DEFAULT_BASE.length())));
            }
        }
        long shared = articlesByCode.values().stream().filter(a -> a.size() > 1).count();
        assertTrue(shared >= 1, "divisions named in more than one article: " + shared);
        corpusByCode.forEach((code, corpus) -> assertEquals(1, corpus.size(),
                () -> code + " in " + articlesByCode.get(code) + " is " + corpus));
    }

    @Test
    void everyCodedPlaceKeepsItsCode() {
        int checked = 0;
        for (Statement s : identity.listStatements(null, OWL.sameAs, (RDFNode) null).toList()) {
            Resource local = graphOf(s.getSubject()).getResource(s.getSubject().getURI());
            if (local.hasProperty(RDF.type, SchemaDO.Place) && local.hasProperty(DCTerms.identifier)) {
                assertEquals(local.getProperty(DCTerms.identifier).getString(),
                        identity.getResource(s.getResource().getURI()).getProperty(DCTerms.identifier).getString());
                checked++;
            }
        }
        assertTrue(checked >= 10, "coded article places: " + checked);
    }

    @Test
    void everyGazetteerPlaceHasItsHierarchyUpToTheProvince() {
        List<Resource> places = identity.listResourcesWithProperty(DCTerms.identifier).toList();
        for (Resource corpus : places) {
            Resource top = corpus;
            for (Resource up = corpus; up != null; up = up.getPropertyResourceValue(SchemaDO.containedInPlace)) {
                String code = up.getProperty(DCTerms.identifier).getString();
                assertTrue(corpus.getProperty(DCTerms.identifier).getString().startsWith(code.replaceAll("(00)+$", "")),
                        () -> "codes nest: " + corpus);
                assertEquals(DivisionCode.toWikidata(code), up.getProperty(KGO.divisionCode).getString());
                top = up;
            }
            Resource province = top;
            assertTrue(top.getProperty(DCTerms.identifier).getString().endsWith("0000"), () -> "up to a province: " + province);
        }
        System.err.println("dev corpus + seed: corpus places with a division code: " + places.size());
        assertTrue(places.size() >= 20, "coded corpus places: " + places.size());
    }

    @Test
    void theLinksetConformsToTheShapes() {
        ConformanceReport report = new GraphValidator(Ontology.standard()).validate(identity);
        assertTrue(report.conforms(), () -> String.join("\n", report.lines().subList(0, Math.min(20, report.lines().size()))));
    }

    @Test
    void personsOfDifferentPlacesAreNeverOne() {
        List<Resource> persons = identity.listResourcesWithProperty(RDF.type, org.apache.jena.sparql.vocabulary.FOAF.Person).toList();
        assertTrue(persons.size() > 100, "persons: " + persons.size());
        for (Resource p : persons) {
            Set<String> codes = new HashSet<>();
            identity.listResourcesWithProperty(RDF.object, p).forEachRemaining(ev ->
                    ev.listProperties(KGO.sharedContext).forEachRemaining(c -> {
                        Statement id = identity.getResource(c.getResource().getURI()).getProperty(DCTerms.identifier);
                        if (id != null) {
                            codes.add(id.getString());
                        }
                    }));
            assertTrue(codes.size() <= 1, () -> p + " joins places " + codes);
        }
    }
}
