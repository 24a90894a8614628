package dev.kg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.vocab.KGO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of evidence, each on small invented article graphs. */
class IdentityLinkerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final IdentityLinker linker = new IdentityLinker(TestArticle.BASE);

    private Model link(TestArticle... articles) {
        return linker.link(List.of(articles).stream().map(TestArticle::model).toList(), TODAY);
    }

    /** The corpus resource an article-level one is linked to (by owl:sameAs or skos:closeMatch). */
    private static Resource corpus(Model links, Resource articleLevel) {
        List<Statement> s = links.listStatements(links.createResource(articleLevel.getURI()), null, (RDFNode) null)
                .filterKeep(x -> x.getPredicate().equals(OWL.sameAs) || x.getPredicate().equals(SKOS.closeMatch)).toList();
        assertEquals(1, s.size(), () -> "one link from " + articleLevel + ": " + s);
        return s.get(0).getResource();
    }

    private static Resource evidence(Model links, Resource articleLevel) {
        List<Resource> e = links.listResourcesWithProperty(RDF.subject, links.createResource(articleLevel.getURI())).toList();
        assertEquals(1, e.size());
        return e.get(0);
    }

    private static boolean sameAs(Model links, Resource articleLevel) {
        return links.contains(links.createResource(articleLevel.getURI()), OWL.sameAs, (RDFNode) null);
    }

    private static Set<String> rules(Model links, Resource articleLevel) {
        Set<String> out = new HashSet<>();
        evidence(links, articleLevel).listProperties(KGO.rule).forEachRemaining(s -> out.add(s.getString()));
        return out;
    }

    @Test
    void placesMergeByDivisionCodeWhateverTheNameForm() {
        TestArticle a = new TestArticle("a");
        Resource pa = a.place("徐州市", "320300");
        TestArticle b = new TestArticle("b");
        Resource pb = b.place("徐州", null); // short name, no code: the gazetteer resolves it
        Model links = link(a, b);
        assertEquals(corpus(links, pa), corpus(links, pb));
        assertTrue(sameAs(links, pa) && sameAs(links, pb));
        assertEquals(TestArticle.BASE + "place/xu-zhou-shi-320300", corpus(links, pa).getURI());
        assertEquals(Set.of("same-name-and-division"), rules(links, pb));
    }

    @Test
    void placesOfTwoDivisionsOfOneShortNameStayApartAndAreResolvedByTheirHome() {
        TestArticle a = new TestArticle("a").home("南京市", "320100");
        Resource ga = a.place("鼓楼区", null);
        TestArticle b = new TestArticle("b").home("福州市", "350100");
        Resource gb = b.place("鼓楼区", null);
        Model links = link(a, b);
        assertNotEquals(corpus(links, ga), corpus(links, gb));
        assertEquals("320106", corpus(links, ga).getProperty(DCTerms.identifier).getString());
        assertEquals("350102", corpus(links, gb).getProperty(DCTerms.identifier).getString());
    }

    @Test
    void everyGazetteerPlaceHasBothCodeFormsAndItsHierarchyUpToTheProvince() {
        TestArticle a = new TestArticle("a");
        Resource p = a.place("邳州市", null);
        Model links = link(a);
        Resource pizhou = corpus(links, p);
        assertEquals("320382", pizhou.getProperty(DCTerms.identifier).getString());
        assertEquals("32 03 82", pizhou.getProperty(KGO.divisionCode).getString());
        Resource xuzhou = pizhou.getPropertyResourceValue(SchemaDO.containedInPlace);
        assertEquals("32 03", xuzhou.getProperty(KGO.divisionCode).getString());
        Resource jiangsu = xuzhou.getPropertyResourceValue(SchemaDO.containedInPlace);
        assertEquals("32", jiangsu.getProperty(KGO.divisionCode).getString());
        assertEquals("江苏省", jiangsu.getProperty(SKOS.prefLabel, "zh-Hans").getString());
        assertFalse(jiangsu.hasProperty(SchemaDO.containedInPlace), "the province is the top");
    }

    @Test
    void aTownTheGazetteerLacksIsProbablyOneOnlyWithinTheSameCountyAndGetsNoCode() {
        TestArticle a = new TestArticle("a").home("泗洪县", "321324");
        Resource ta = a.place("石桥镇", null);
        TestArticle b = new TestArticle("b").home("泗洪县", "321324");
        Resource tb = b.place("石桥镇", null);
        TestArticle c = new TestArticle("c").home("沛县", "320322");
        Resource tc = c.place("石桥镇", null);
        Model links = link(a, b, c);
        assertEquals(corpus(links, ta), corpus(links, tb));
        assertNotEquals(corpus(links, ta), corpus(links, tc));
        assertFalse(sameAs(links, ta), "a town by name is probable, not certain");
        assertFalse(corpus(links, ta).hasProperty(DCTerms.identifier), "no code is guessed for a town");
        assertEquals("321324", corpus(links, ta).getPropertyResourceValue(SchemaDO.containedInPlace)
                .getProperty(DCTerms.identifier).getString());
    }

    @Test
    void organizationsMergeByFullNameAndDivision() {
        TestArticle a = new TestArticle("a");
        Resource oa = a.org("江苏省宿迁市委");
        TestArticle b = new TestArticle("b");
        Resource ob = b.org("宿迁市委");
        Resource ob2 = b.org("中央");
        TestArticle c = new TestArticle("c");
        Resource oc = c.org("中央");
        Model links = link(a, b, c);
        assertEquals(TestArticle.BASE + "org/jiang-su-sheng-su-qian-shi-wei-321300", corpus(links, oa).getURI(),
                "the innermost division named is the organization's");
        assertNotEquals(corpus(links, oa), corpus(links, ob), "another full name is another resource");
        assertEquals(corpus(links, ob2), corpus(links, oc));
        assertEquals(TestArticle.BASE + "org/zhong-yang-cn", corpus(links, oc).getURI());
    }

    @Test
    void aGenericOrganizationNameIsProbableWithinTheHomePlaceAndAloneWithoutOne() {
        TestArticle a = new TestArticle("a").home("徐州市", "320300");
        Resource oa = a.org("人民法院");
        TestArticle b = new TestArticle("b").home("徐州市", "320300");
        Resource ob = b.org("人民法院");
        TestArticle c = new TestArticle("c");
        Resource oc = c.org("人民法院");
        TestArticle d = new TestArticle("d");
        Resource od = d.org("人民法院");
        Model links = link(a, b, c, d);
        assertEquals(corpus(links, oa), corpus(links, ob));
        assertFalse(sameAs(links, oa));
        assertEquals(Set.of("name-in-home-place"), rules(links, oa));
        assertNotEquals(corpus(links, oc), corpus(links, od), "no place at all: never merged on the name");
    }

    @Test
    void personsOfOneNameInOneOrganizationAreOneCertainly() {
        TestArticle a = new TestArticle("a").published("2005-09-12");
        Resource pa = a.person("徐鸣", "shi-wei-shu-ji", "徐州市委");
        TestArticle b = new TestArticle("b").published("2005-10-20");
        Resource pb = b.person("徐鸣", "shi-wei-shu-ji", "徐州市委");
        Model links = link(a, b);
        assertEquals(corpus(links, pa), corpus(links, pb));
        assertTrue(sameAs(links, pa));
        assertEquals(TestArticle.BASE + "person/xu-ming-320300", corpus(links, pa).getURI());
        Resource e = evidence(links, pa);
        assertEquals(0, new BigDecimal("0.95").compareTo(e.getProperty(KGO.score).getLiteral().getValue() instanceof BigDecimal bd
                ? bd : new BigDecimal(e.getProperty(KGO.score).getString())));
        assertTrue(e.hasProperty(KGO.sharedContext, links.createResource(TestArticle.BASE + "org/xu-zhou-shi-wei-320300")));
        assertTrue(e.hasProperty(dev.kg.vocab.PROV.wasDerivedFrom, links.createResource(pb.getURI())));
        assertEquals(OWL.sameAs, e.getPropertyResourceValue(RDF.predicate));
    }

    @Test
    void aCommonNameInTwoPlacesIsNeverMergedEvenWithTheSameTitle() {
        TestArticle a = new TestArticle("a");
        Resource pa = a.person("王建华", "shi-wei-shu-ji", "宿迁市委");
        TestArticle b = new TestArticle("b");
        Resource pb = b.person("王建华", "shi-wei-shu-ji", "曲靖市委");
        Model links = link(a, b);
        assertNotEquals(corpus(links, pa), corpus(links, pb));
        assertEquals(Set.of("only-mention"), rules(links, pa));
    }

    @Test
    void theNameAloneMergesNothing() {
        TestArticle a = new TestArticle("a");
        Resource pa = a.person("李明", null, null);
        TestArticle b = new TestArticle("b");
        Resource pb = b.person("李明", null, null);
        Model links = link(a, b);
        assertNotEquals(corpus(links, pa), corpus(links, pb));
    }

    @Test
    void aPlaceInCommonMakesTwoOfOneNameProbablyOne() {
        TestArticle a = new TestArticle("a").home("沛县", "320322");
        Resource pa = a.person("李明", null, null);
        TestArticle b = new TestArticle("b").home("沛县", "320322");
        Resource pb = b.person("李明", null, null);
        Model links = link(a, b);
        assertEquals(corpus(links, pa), corpus(links, pb));
        assertFalse(sameAs(links, pa), "a place in common is probable, not certain");
        assertEquals(Set.of("same-place"), rules(links, pa));
    }

    @Test
    void aTitleChainConsistentInTimeLinksAndOneBackwardsDoesNot() {
        TestArticle a = new TestArticle("a").published("2003-05-01");
        Resource pa = a.person("赵红", "fu-shi-zhang", null);
        TestArticle b = new TestArticle("b").published("2005-05-01");
        Resource pb = b.person("赵红", "shi-zhang", null);
        Model forward = link(a, b);
        assertEquals(corpus(forward, pa), corpus(forward, pb));
        assertEquals(Set.of("title-chain"), rules(forward, pa));
        assertFalse(sameAs(forward, pa));

        TestArticle c = new TestArticle("c").published("2003-05-01");
        Resource pc = c.person("赵红", "shi-zhang", null);
        TestArticle d = new TestArticle("d").published("2005-05-01");
        Resource pd = d.person("赵红", "fu-shi-zhang", null);
        Model backward = link(c, d);
        assertNotEquals(corpus(backward, pc), corpus(backward, pd), "mayor first, deputy later is no chain");
    }

    @Test
    void anUnplacedNamesakeJoinsOnlyOneOfTwoPlacesNeverBridgesThem() {
        TestArticle a = new TestArticle("a");
        Resource pa = a.person("王建华", "shi-wei-shu-ji", "宿迁市委");
        TestArticle b = new TestArticle("b");
        Resource pb = b.person("王建华", "shi-wei-shu-ji", null); // same title, no place
        TestArticle c = new TestArticle("c");
        Resource pc = c.person("王建华", "shi-wei-shu-ji", "曲靖市委");
        Model links = link(a, b, c);
        assertNotEquals(corpus(links, pa), corpus(links, pc));
        assertTrue(corpus(links, pb).equals(corpus(links, pa)) ^ corpus(links, pb).equals(corpus(links, pc)));
    }

    @Test
    void theLinksetDescribesItselfAndCountsItsLinks() {
        TestArticle a = new TestArticle("a").home("徐州市", "320300");
        a.person("徐鸣", "shi-wei-shu-ji", "徐州市委");
        a.org("人民法院");
        Model links = link(a);
        Resource self = links.createResource(IdentityLinker.IRI);
        assertTrue(self.hasProperty(RDF.type, VOID.Linkset));
        assertTrue(self.hasProperty(VOID.subjectsTarget, links.createResource(Linkset.ARTICLES)));
        assertTrue(self.hasProperty(VOID.objectsTarget, links.createResource(Linkset.CORPUS)));
        assertTrue(self.hasProperty(VOID.linkPredicate, OWL.sameAs));
        assertTrue(self.hasProperty(VOID.linkPredicate, SKOS.closeMatch));
        assertTrue(self.hasProperty(DCTerms.created));
        assertTrue(self.hasProperty(DCTerms.description));
        long sameAs = links.listStatements(null, OWL.sameAs, (RDFNode) null).toList().size();
        long close = links.listStatements(null, SKOS.closeMatch, (RDFNode) null).toList().size();
        assertEquals(sameAs + close, self.getProperty(VOID.triples).getLong());
        assertEquals(1, close, "人民法院 within the home place");
        Resource subset = links.createResource(IdentityLinker.IRI + "/closeMatch");
        assertTrue(self.hasProperty(VOID.subset, subset));
        assertEquals(close, subset.getProperty(VOID.triples).getLong());
        assertEquals(links.listStatements(null, RDF.type, KGO.LinkEvidence).toList().size(), sameAs + close,
                "every link has its evidence");
    }

    enum Syntax { TRIG, NQUADS }

    @ParameterizedTest
    @EnumSource(Syntax.class)
    void theLinksetRoundTripsThroughTrigAndNQuads(Syntax syntax) {
        TestArticle a = new TestArticle("a").home("徐州市", "320300");
        a.person("徐鸣", "shi-wei-shu-ji", "徐州市委");
        Model links = link(a);
        Dataset ds = DatasetFactory.create();
        ds.addNamedModel(IdentityLinker.IRI, links);
        Lang lang = syntax == Syntax.TRIG ? Lang.TRIG : Lang.NQUADS;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, ds, lang);
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).parse(back);
        assertTrue(back.getGraph(NodeFactory.createURI(IdentityLinker.IRI)).isIsomorphicWith(links.getGraph()));
    }

    @Test
    void graphsWithoutAnArticleAndLinksetGraphsAreSkipped() {
        TestArticle a = new TestArticle("a");
        Resource pa = a.place("徐州市", "320300");
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.addGraph(NodeFactory.createURI(a.iri()), a.model().getGraph());
        Model first = linker.link(dsg, TODAY);
        dsg.addGraph(IdentityLinker.graphName(), first.getGraph());
        Model again = linker.link(dsg, TODAY);
        assertTrue(first.isIsomorphicWith(again), "linking twice gives the same linkset");
        assertEquals(TestArticle.BASE + "place/xu-zhou-shi-320300", corpus(again, pa).getURI());
    }
}
