package dev.kg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.DevCorpus;
import dev.kg.eval.GoldReader;
import dev.kg.vocab.KGO;
import dev.kg.vocab.NIF;
import dev.kg.vocab.Ontology;
import dev.kg.rdf.RdfFormat;
import dev.kg.rdf.validate.ConformanceReport;
import dev.kg.rdf.validate.GraphValidator;
import dev.kg.source.Article;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Invariants of the converter's real output, on the seed article and on every development article
 * that has a gold file: it conforms to the shapes, uses only declared kgo terms, survives every RDF
 * syntax, is the same graph (same IRIs) when converted again, and every span's text is the original's.
 */
class ConverterOutputTest {
    private static final Path SEED = Path.of("seeds/xuzhou-2005.txt");
    private static final Path DEV = DevCorpus.DIR;
    private static final String TEXT_SUFFIX = ".txt";
    private static final String GOLD_SUFFIX = ".gold.json";

    private static ArticleConverter converter;
    private static GraphValidator validator;
    private static Set<String> declared;

    @BeforeAll
    static void setUp() {
        converter = new ArticleConverter();
        validator = new GraphValidator(Ontology.load());
        Model kg = RDFDataMgr.loadModel("ontology/kg.ttl");
        declared = new TreeSet<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            kg.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> declared.add(r.getURI()));
        }
    }

    @TestFactory
    Stream<DynamicNode> seedArticle() {
        return Stream.of(checks(SEED));
    }

    @TestFactory
    Stream<DynamicNode> devArticles() throws IOException {
        DevCorpus.require();
        List<Path> texts;
        try (Stream<Path> files = Files.list(DEV)) {
            // only articles: NAME.txt with NAME.gold.json beside it (not URLS.txt and the like)
            texts = files.filter(p -> p.getFileName().toString().endsWith(TEXT_SUFFIX))
                    .filter(p -> Files.isRegularFile(gold(p)))
                    .sorted()
                    .toList();
        }
        assertFalse(texts.isEmpty(), "no NAME.txt with NAME.gold.json in " + DEV);
        return texts.stream().map(ConverterOutputTest::checks);
    }

    private static DynamicContainer checks(Path textFile) {
        Converted c = new Converted(textFile);
        return DynamicContainer.dynamicContainer(textFile.getFileName().toString(), Stream.of(
                DynamicTest.dynamicTest("conforms to the shapes", () -> conforms(c)),
                DynamicTest.dynamicTest("uses only kgo terms declared in kg.ttl", () -> onlyDeclaredTerms(c)),
                DynamicTest.dynamicTest("round-trips through every syntax", () -> roundTrips(c)),
                DynamicTest.dynamicTest("is the same graph when converted again", () -> stable(c)),
                DynamicTest.dynamicTest("anchors are the original text at their offsets", () -> anchorsMatch(c))));
    }

    /** One article, read and converted lazily (once) so that a failing conversion fails only its own tests. */
    private static final class Converted {
        final Path file;
        private String text;
        private Model model;

        Converted(Path file) {
            this.file = file;
        }

        String text() {
            if (text == null) {
                try {
                    text = Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return text;
        }

        Article article() {
            String name = file.getFileName().toString();
            return new Article(name.substring(0, name.length() - TEXT_SUFFIX.length()), file.toString(), text());
        }

        ConvertOptions options() {
            Path gold = gold(file);
            if (!Files.isRegularFile(gold)) {
                return ConvertOptions.defaults();
            }
            return GoldReader.read(gold).published().map(ConvertOptions.defaults()::withPublished)
                    .orElse(ConvertOptions.defaults());
        }

        Model model() {
            if (model == null) {
                model = converter.convert(article(), options());
                assertTrue(model.size() > 0, file + ": empty graph");
            }
            return model;
        }
    }

    private static Path gold(Path textFile) {
        String name = textFile.getFileName().toString();
        return textFile.resolveSibling(name.substring(0, name.length() - TEXT_SUFFIX.length()) + GOLD_SUFFIX);
    }

    // (a)
    private static void conforms(Converted c) {
        ConformanceReport report = validator.validate(c.model());
        assertEquals(0, report.violationCount(), () -> c.file + " has SHACL violations:\n  "
                + String.join("\n  ", report.lines()));
    }

    // (b)
    private static void onlyDeclaredTerms(Converted c) {
        Set<String> undeclared = new TreeSet<>();
        c.model().getGraph().find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(KGO.NS) && !declared.contains(n.getURI())) {
                    undeclared.add(n.getURI());
                }
                if (n.isLiteral() && n.getLiteralDatatypeURI() != null && n.getLiteralDatatypeURI().startsWith(KGO.NS)) {
                    undeclared.add(n.getLiteralDatatypeURI());
                }
            }
        });
        assertEquals(Set.of(), undeclared, c.file + ": kgo IRIs not declared in ontology/kg.ttl");
    }

    // (c) through kg's own writers (RdfFormat.write), reading every graph of the dataset syntaxes
    private static void roundTrips(Converted c) {
        List<String> failures = new ArrayList<>();
        for (RdfFormat format : RdfFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.write(c.model(), out);
            DatasetGraph read = DatasetGraphFactory.create();
            RDFParser.fromString(out.toString(StandardCharsets.UTF_8), format.lang()).parse(read);
            Model back = ModelFactory.createDefaultModel();
            read.find().forEachRemaining(q -> back.getGraph().add(q.asTriple()));
            if (!back.isIsomorphicWith(c.model())) {
                failures.add(format + " (" + back.size() + " triples read back of " + c.model().size() + ")");
            }
        }
        assertEquals(List.of(), failures, c.file + ": not isomorphic after writing and reading");
    }

    // (d)
    private static void stable(Converted c) {
        Model again = new ArticleConverter().convert(c.article(), c.options());
        assertTrue(again.isIsomorphicWith(c.model()), c.file + ": a second conversion gives a different graph");
        assertEquals(iris(c.model()), iris(again), c.file + ": a second conversion mints different IRIs");
    }

    private static Set<String> iris(Model m) {
        Set<String> out = new TreeSet<>();
        m.getGraph().find().forEachRemaining((Triple t) -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI()) {
                    out.add(n.getURI());
                }
            }
        });
        return out;
    }

    // (e)
    private static void anchorsMatch(Converted c) {
        String text = c.text();
        List<String> wrong = new ArrayList<>();
        List<Resource> spans = c.model().listSubjectsWithProperty(NIF.beginIndex).toList();
        int checked = 0;
        for (Resource span : spans) {
            Statement end = span.getProperty(NIF.endIndex);
            Statement anchor = span.getProperty(NIF.anchorOf);
            if (end == null || anchor == null) {
                continue;   // the article itself: offsets 0..length, no anchor
            }
            int b = span.getProperty(NIF.beginIndex).getInt();
            int e = end.getInt();
            checked++;
            if (b < 0 || e > text.length() || b >= e) {
                wrong.add(span + ": offsets " + b + "," + e + " outside the text (" + text.length() + ")");
            } else if (!text.substring(b, e).equals(anchor.getString())) {
                wrong.add(span + ": anchorOf \"" + anchor.getString() + "\" but the text has \"" + text.substring(b, e) + "\"");
            }
        }
        assertTrue(checked > 0, c.file + ": no span with offsets and anchor");
        assertEquals(List.of(), wrong, c.file + ": anchors that are not the original text");
    }
}
