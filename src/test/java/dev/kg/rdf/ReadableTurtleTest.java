package dev.kg.rdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.SampleGraph;
import dev.kg.convert.ArticleConverter;
import dev.kg.convert.ConvertOptions;
import dev.kg.source.ArticleReader;
import dev.kg.vocab.KGO;
import dev.kg.vocab.NIF;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article's Turtle as a reader sees it: order of subjects, prefixes, round trip, same bytes. */
class ReadableTurtleTest {
    private static final Pattern PREFIX = Pattern.compile("(?m)^PREFIX (\\S*): <[^>]*>$");
    /** Kinds of subject in the order the file must show them, each known by how its name starts. */
    private static final List<String> KIND_ORDER = List.of("article:", "person:", "organization:", "place:",
            "position:", "event:", "participation:", "concept", "<#char=", ":s", "text");

    private static ArticleConverter converter;
    private static Model seed;
    private static String turtle;

    @BeforeAll
    static void convertTheSeed() {
        converter = new ArticleConverter();
        seed = convert(ConvertOptions.defaults());
        turtle = write(seed, RdfFormat.TTL);
    }

    @Test
    void parsesBackToTheSameGraph() {
        Model back = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(back);
        assertTrue(back.isIsomorphicWith(seed), "the Turtle is not the converter's graph");
    }

    @Test
    void theArticleComesFirstThenPeopleAndMentionsAndSentencesLast() {
        List<String> kinds = subjectKinds(turtle);
        assertEquals("article:", kinds.get(0), "first subject: " + kinds);
        assertTrue(Pattern.compile("\narticle:xuzhou-2005\\s+a\\s+kgo:Article;").matcher(turtle).find(),
                "the article's block starts with its kgo:Article type");
        List<String> sorted = new ArrayList<>(kinds);
        sorted.sort((a, b) -> Integer.compare(KIND_ORDER.indexOf(a), KIND_ORDER.indexOf(b)));
        assertEquals(sorted, kinds, "subjects out of kind order");
        assertTrue(kinds.contains("person:") && kinds.contains("<#char=") && kinds.contains(":s"), kinds.toString());
        assertTrue(turtle.indexOf("\nperson:xu-ming") < turtle.indexOf("\n<#char="), "persons before mentions");
        assertEquals("text", kinds.get(kinds.size() - 1), "the article's full text closes the file");
    }

    @Test
    void subjectsReadAsPrefixedNames() {
        assertTrue(turtle.contains("\nperson:xu-ming "), "person:xu-ming expected as a subject");
        assertTrue(turtle.contains("\norganization:xu-zhou-shi-wei"), "organization: prefix expected");
        assertTrue(turtle.contains("PREFIX org: <http://www.w3.org/ns/org#>"), "W3C org: keeps its name");
    }

    @Test
    void everyDeclaredPrefixIsUsed() {
        List<String> declared = declared(turtle);
        assertTrue(declared.size() > 10, declared.toString());
        String body = turtle.substring(turtle.lastIndexOf("\nPREFIX"));
        body = body.substring(body.indexOf('\n', 1));
        for (String p : declared) {
            assertTrue(Pattern.compile("(^|[\\s;,{(])" + Pattern.quote(p + ":") + "|\\^\\^" + Pattern.quote(p + ":"))
                    .matcher(body).find(), "declared but unused: " + p + ":");
        }
    }

    @Test
    void anUnusedPrefixOfTheModelIsNotDeclared() {
        Model m = SampleGraph.build();
        m.setNsPrefix("unused", "https://example.org/nothing/");
        String out = write(m, RdfFormat.TTL);
        assertFalse(declared(out).contains("unused"), out);
        assertTrue(declared(out).contains("kgo"), out);
    }

    @Test
    void articlePrefixesFollowTheBase() {
        Model other = convert(new ConvertOptions("http://example.org/kg/", Optional.empty()));
        String out = write(other, RdfFormat.TTL);
        assertTrue(out.contains("PREFIX person: <http://example.org/kg/xuzhou-2005/person/>"), out.substring(0, 1500));
        assertTrue(out.contains("\nperson:xu-ming "), "person:xu-ming expected as a subject");
        Model back = ModelFactory.createDefaultModel();
        RDFParser.fromString(out, Lang.TURTLE).parse(back);
        assertTrue(back.isIsomorphicWith(other));
    }

    @Test
    void anArticleIdThatIsNoPrefixedNameStillRoundTrips() {
        IriMinter iri = new IriMinter("https://example.org/id/", "dev article 01");
        Model m = ModelFactory.createDefaultModel().setNsPrefixes(iri.prefixes());
        Resource article = m.createResource(iri.article()).addProperty(RDF.type, KGO.Article);
        m.createResource(iri.span(0, 2)).addProperty(NIF.referenceContext, article)
                .addProperty(NIF.taIdentRef, m.createResource(iri.person("王明")).addProperty(RDF.type, FOAF.Person));
        for (RdfFormat f : List.of(RdfFormat.TTL, RdfFormat.TRIG)) {
            DatasetGraph back = DatasetGraphFactory.create();
            RDFParser.fromString(write(m, f), f.lang()).parse(back);
            Model merged = ModelFactory.createDefaultModel();
            back.find().forEachRemaining(q -> merged.getGraph().add(q.asTriple()));
            assertTrue(merged.isIsomorphicWith(m), f + ":\n" + write(m, f));
        }
    }

    @Test
    void theSameArticleGivesTheSameBytesInEverySyntax() {
        Model again = convert(ConvertOptions.defaults());
        for (RdfFormat f : RdfFormat.values()) {
            assertArrayEquals(bytes(seed, f), bytes(again, f), f + " differs between two conversions");
        }
    }

    private static Model convert(ConvertOptions options) {
        return converter.convert(new ArticleReader().read(Path.of("seeds", "xuzhou-2005.txt")), options);
    }

    private static byte[] bytes(Model m, RdfFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.write(m, out);
        return out.toByteArray();
    }

    private static String write(Model m, RdfFormat f) {
        return new String(bytes(m, f), StandardCharsets.UTF_8);
    }

    private static List<String> declared(String ttl) {
        List<String> names = new ArrayList<>();
        Matcher m = PREFIX.matcher(ttl);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The kind of each subject block (a line that starts at column 0), in file order. */
    private static List<String> subjectKinds(String ttl) {
        List<String> kinds = new ArrayList<>();
        boolean articleSeen = false;
        for (String line : ttl.split("\n")) {
            if (line.isEmpty() || line.startsWith(" ") || line.startsWith("PREFIX") || line.startsWith("BASE")) {
                continue;
            }
            String kind = KIND_ORDER.stream().filter(line::startsWith).findFirst()
                    .orElse(line.matches("^(title|role|kind):.*") ? "concept" : line);
            if (kind.equals("article:")) {
                kind = articleSeen ? "text" : kind;
                articleSeen = true;
            }
            kinds.add(kind);
        }
        return kinds;
    }
}
