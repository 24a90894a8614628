package dev.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.convert.ConvertOptions;
import dev.kg.serve.KgServer;
import dev.kg.store.KgDatabase;
import java.nio.file.Path;
import java.util.Optional;
import dev.kg.vocab.KGO;
import dev.kg.vocab.NIF;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import dev.kg.serve.ServerSettings;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every served IRI dereferences over HTTP, and the pages show what the graph says. */
class PagesIT {
    private static final String PERSON = SeedServer.BASE + "xuzhou-2005/person/gu-xing";
    private static KgServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        server = SeedServer.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"})
    void anIriAnswers303ToItsDescriptionInEachSyntax(String mediaType) throws Exception {
        String iri = SeedServer.BASE + "xuzhou-2005/event/2";
        HttpResponse<String> see = get(SeedServer.local(server, iri), mediaType);
        assertEquals(303, see.statusCode());
        String location = see.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("/data/"), location);
        HttpResponse<String> doc = get(resolve(location), mediaType);
        assertEquals(200, doc.statusCode());
        assertEquals(mediaType, doc.headers().firstValue("Content-Type").orElseThrow().split(";")[0].strip());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(doc.body(), RDFLanguages.contentTypeToLang(mediaType)).base(iri).parse(g);
        Node event = NodeFactory.createURI(iri);
        assertTrue(g.contains(event, RDF.type.asNode(), KGO.Event.asNode()), "the description types the event");
        Graph data = Txn.calculateRead(SeedServer.dataset(), PagesIT::copyUnion);
        // every statement about the event and every one naming it, and the labels of the place it links to
        data.find(event, Node.ANY, Node.ANY).forEachRemaining(t -> assertTrue(g.contains(t), "missing " + t));
        data.find(Node.ANY, Node.ANY, event).forEachRemaining(t -> assertTrue(g.contains(t), "missing " + t));
        Node place = data.find(event, SchemaDO.location.asNode(), Node.ANY).next().getObject();
        data.find(place, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(t -> assertTrue(g.contains(t), "missing " + t));
    }

    @Test
    void anotherBaseIsServedAtItsOwnPath() throws Exception {
        String base = "http://example.org/news/";
        KgDatabase db = KgDatabase.inMemory();
        db.loader(new ConvertOptions(base, Optional.empty())).load(Path.of("seeds", "xuzhou-2005.txt"));
        KgServer other = KgServer.start(db.dataset(), ServerSettings.local(0).withBase(base));
        try {
            String person = base + "xuzhou-2005/person/gu-xing";
            String root = "http://localhost:" + other.port();
            HttpResponse<String> see = get(root + "/news/xuzhou-2005/person/gu-xing", "text/turtle");
            assertEquals(303, see.statusCode());
            assertEquals("/data/news/xuzhou-2005/person/gu-xing.ttl", see.headers().firstValue("Location").orElseThrow());
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(get(root + see.headers().firstValue("Location").orElseThrow(), "text/turtle").body(), Lang.TURTLE)
                    .parse(g);
            assertTrue(g.contains(NodeFactory.createURI(person), RDF.type.asNode(), FOAF.Person.asNode()));
            assertEquals(404, get(SeedServer.local(other, PERSON), "text/turtle").statusCode(), "the default base is not this server's");
        } finally {
            other.stop();
            db.close();
        }
    }

    @Test
    void searchSaysSoWhenTheDatasetHasNoTextIndex() throws Exception {
        KgServer plain = KgServer.start(DatasetGraphFactory.createTxnMem(), ServerSettings.local(0).withBase(SeedServer.BASE));
        try {
            HttpResponse<String> r = get("http://localhost:" + plain.port() + "/search?q=x", "text/html");
            assertEquals(503, r.statusCode());
            assertTrue(r.body().contains("no full-text index"), r.body());
        } finally {
            plain.stop();
        }
    }

    @Test
    void aBrowserIsSentToThePage() throws Exception {
        HttpResponse<String> see = get(SeedServer.local(server, PERSON), "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(303, see.statusCode());
        String location = see.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("/page/"), location);
        HttpResponse<String> page = get(resolve(location), "text/html");
        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
        String html = page.body();
        assertTrue(html.contains("<span lang=\"zh-Hans\">顾星</span>"), "simplified name");
        assertTrue(html.contains("<span lang=\"zh-Hant\">顧星</span>"), "traditional name");
        assertTrue(html.contains("lang=\"zh-Latn-pinyin\""), "pinyin");
        assertTrue(html.contains("<mark>顧星</mark>"), "the source sentence with the mention highlighted");
        // the person's position and the events with their roles, as links to their pages
        assertTrue(html.contains("<h2>Positions</h2>") && html.contains("<h2>Events</h2>"), "positions and events");
        assertTrue(html.contains("href=\"/page/kgnews/id/xuzhou-2005/event/2\""), "links to the event of the person");
        assertTrue(html.contains("href=\"/data/kgnews/id/xuzhou-2005/person/gu-xing.ttl\""), "link to the Turtle form");
        assertFalse(html.contains(">" + PERSON.replace("gu-xing", "") + "event/2<"), "links show labels, not IRIs");
        assertFalse(Pattern.compile(">[^<]*participation/[^<]*</a>").matcher(html).find(), "a participation reads as its role and person, not its IRI");
    }

    @Test
    void anEventPageListsItsParticipantsByRole() throws Exception {
        String html = get(page(SeedServer.BASE + "xuzhou-2005/event/2"), "text/html").body();
        assertTrue(html.contains("<h2>Participants</h2>"), html);
        // the roles, as the graph states them, each with its persons
        Model m = ModelFactory.createModelForGraph(Txn.calculateRead(SeedServer.dataset(), PagesIT::copyUnion));
        Resource event = m.getResource(SeedServer.BASE + "xuzhou-2005/event/2");
        for (Resource p : m.listObjectsOfProperty(event, KGO.participation).mapWith(n -> n.asResource()).toList()) {
            Resource agent = p.getPropertyResourceValue(KGO.agent);
            assertTrue(html.contains("href=\"" + new Addresses(SeedServer.BASE).page(agent.getURI()).orElseThrow() + "\""),
                    "participant " + agent);
        }
    }

    @Test
    void unknownIrisAndDocumentsGiveTheNotFoundPage() throws Exception {
        for (String url : List.of(SeedServer.local(server, SeedServer.BASE + "xuzhou-2005/person/nobody"),
                page(SeedServer.BASE + "no-such-article"), resolve("/data/kgnews/id/no-such-article.ttl"),
                resolve("/data/kgnews/id/xuzhou-2005/person/gu-xing.exe"))) {
            HttpResponse<String> r = get(url, "text/html");
            assertEquals(404, r.statusCode(), url);
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"), url);
            assertTrue(r.body().contains("<h1>Not found</h1>"), url);
        }
    }

    @Test
    void anUnofferedMediaTypeIsNotAcceptable() throws Exception {
        assertEquals(406, get(SeedServer.local(server, PERSON), "image/png").statusCode());
    }

    @Test
    void aConceptOfTheSchemesDereferencesToo() throws Exception {
        HttpResponse<String> see = get(SeedServer.local(server, KGO.TITLES_NS + "zu-zhang"), "text/turtle");
        assertEquals(303, see.statusCode());
        HttpResponse<String> doc = get(resolve(see.headers().firstValue("Location").orElseThrow()), "text/turtle");
        assertEquals(200, doc.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(doc.body(), Lang.TURTLE).parse(g);
        assertTrue(g.contains(NodeFactory.createURI(KGO.TITLES_NS + "zu-zhang"), RDF.type.asNode(), Node.ANY));
    }

    @Test
    void theArticlePageLinksEveryMentionToItsEntity() throws Exception {
        HttpResponse<String> see = get(SeedServer.local(server, SeedServer.ARTICLE), "text/html");
        assertEquals(303, see.statusCode());
        String html = get(resolve(see.headers().firstValue("Location").orElseThrow()), "text/html").body();
        Model m = ModelFactory.createModelForGraph(Txn.calculateRead(SeedServer.dataset(), PagesIT::copyUnion));
        Resource article = m.getResource(SeedServer.ARTICLE);
        Addresses addresses = new Addresses(SeedServer.BASE);
        List<Resource> mentions = m.listSubjectsWithProperty(NIF.taIdentRef).toList();
        assertTrue(mentions.size() > 20, mentions.size() + " mentions");
        List<String> missing = new ArrayList<>();
        for (Resource mention : mentions) {
            String anchor = mention.getProperty(NIF.anchorOf).getString();
            String href = addresses.page(mention.getPropertyResourceValue(NIF.taIdentRef).getURI()).orElseThrow();
            int b = mention.getProperty(NIF.beginIndex).getInt();
            int e = mention.getProperty(NIF.endIndex).getInt();
            // the mention's own text, as a link to its entity, at its place (an id for the hash IRI)
            Pattern link = Pattern.compile("(id=\"char=" + b + "," + e + "\"[^>]*>)?<a class=\"mention [a-z]+\""
                    + "( id=\"char=" + b + "," + e + "\")? href=\"" + Pattern.quote(href) + "\"[^>]*>" + Pattern.quote(anchor) + "</a>");
            Matcher matcher = link.matcher(html);
            if (!matcher.find() || (matcher.group(1) == null && matcher.group(2) == null)) {
                missing.add(mention.getURI() + " " + anchor);
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(html.contains(article.getProperty(NIF.isString).getString().substring(0, 8)), "the original text");
        // kg serve draws the article's diagram (ArticleDiagram), its nodes linking to their pages
        int figure = html.indexOf("<figure id=\"diagram\"><svg");
        assertTrue(figure >= 0, "the diagram");
        String svg = html.substring(figure, html.indexOf("</figure>", figure));
        assertTrue(svg.contains("/page/kgnews/id/xuzhou-2005/person/gu-xing"), "a person's node links to the person's page");
    }

    @Test
    void theArticleFigureDrawsFromTheArticleGraphWithLinksToPages() throws Exception {
        DatasetGraph dsg = SeedServer.dataset();
        ArticleFigure figure = (graph, article, hrefOf) ->
                "<svg data-triples=\"" + graph.size() + "\" data-article=\"" + article + "\"><a href=\"" + hrefOf.apply(PERSON) + "\"/></svg>";
        FusekiServer.Builder builder = FusekiServer.create().port(0).loopback(true).add("/kg", dsg, false);
        Pages.install(builder, dsg, SeedServer.BASE, figure);
        FusekiServer fuseki = builder.build().start();
        try {
            long size = Txn.calculateRead(dsg, () -> dsg.getGraph(NodeFactory.createURI(SeedServer.ARTICLE)).size());
            String html = get("http://localhost:" + fuseki.getHttpPort() + new Addresses(SeedServer.BASE).page(SeedServer.ARTICLE)
                    .orElseThrow(), "text/html").body();
            assertTrue(html.contains("<figure id=\"diagram\"><svg data-triples=\"" + size + "\" data-article=\""
                    + SeedServer.ARTICLE + "\"><a href=\"/page/kgnews/id/xuzhou-2005/person/gu-xing\"/></svg>"), html);
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void theArticlesPageCountsPersonsAndEvents() throws Exception {
        HttpResponse<String> r = get(resolve("/articles"), "text/html");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createModelForGraph(Txn.calculateRead(SeedServer.dataset(), PagesIT::copyUnion));
        long persons = m.listSubjectsWithProperty(RDF.type, FOAF.Person).toList().size();
        long events = m.listSubjectsWithProperty(RDF.type, KGO.Event).toList().size();
        assertNotEquals(0, persons);
        assertTrue(r.body().contains(">xuzhou-2005</a></td><td></td><td>" + persons + "</td><td>" + events + "</td>"), r.body());
        assertTrue(r.body().contains("href=\"/#/dataset/kg/query\"") && r.body().contains("action=\"/search\""));
    }

    @Test
    void searchFindsEntitiesAndSentences() throws Exception {
        HttpResponse<String> r = get(search("检查组"), "text/html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("href=\"/page/kgnews/id/xuzhou-2005/org/zhong-yang-xun-hui-jian-cha-zu\""), "the team");
        Matcher counts = Pattern.compile("<h2>Sentences \\((\\d+)\\)</h2>").matcher(html);
        assertTrue(counts.find());
        assertTrue(Integer.parseInt(counts.group(1)) >= 3, "sentences found: " + counts.group(1));
        assertTrue(html.contains("<mark>"), "matches highlighted");
        assertTrue(html.contains("href=\"/page/kgnews/id/xuzhou-2005\""), "sentences link to their article");
    }

    @Test
    void searchInputCannotChangeTheQuery() throws Exception {
        int all = entities(get(search("检查组"), "text/html").body());
        for (String evil : List.of("检查组\" } UNION { ?s ?p ?o } #", "检查组\\\" ) } SELECT * { ?s ?p ?o }",
                "\\", "\"", "*", "检查组 OR 徐", "<script>alert(1)</script>", "检查组) AND (*:*")) {
            HttpResponse<String> r = get(search(evil), "text/html");
            assertEquals(200, r.statusCode(), evil);
            assertTrue(entities(r.body()) <= all, evil + " found more than a plain search");
            assertFalse(r.body().contains("<script>alert"), "the query is escaped in the page");
        }
    }

    @Test
    void emptyAndOverlongSearchesGetAClearPage() throws Exception {
        HttpResponse<String> empty = get(search(""), "text/html");
        assertEquals(200, empty.statusCode());
        assertTrue(empty.body().contains("Type a name"));
        HttpResponse<String> longer = get(search("检".repeat(SearchServlet.MAX_QUERY + 1)), "text/html");
        assertEquals(400, longer.statusCode());
        assertTrue(longer.body().contains("at most " + SearchServlet.MAX_QUERY));
    }

    private static int entities(String html) {
        Matcher m = Pattern.compile("<h2>Entities \\((\\d+)\\)</h2>").matcher(html);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static Graph copyUnion() {
        Graph g = GraphFactory.createDefaultGraph();
        SeedServer.dataset().getUnionGraph().find().forEachRemaining(g::add);
        return g;
    }

    private String search(String q) {
        return resolve("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    private String page(String iri) {
        return resolve(new Addresses(SeedServer.BASE).page(iri).orElseThrow());
    }

    private static String resolve(String path) {
        return "http://localhost:" + server.port() + path;
    }

    private HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
