package dev.kg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.normalize.NormalizedText;
import dev.kg.normalize.Normalizer;
import dev.kg.rdf.validate.ConformanceReport;
import dev.kg.rdf.validate.GraphValidator;
import dev.kg.source.Article;
import dev.kg.vocab.NIF;
import dev.kg.vocab.Ontology;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Random and mutated text through the normalizer and the whole converter: nothing escapes, every
 * NIF offset points into the original text at the anchored characters, and the graph survives a
 * Turtle round trip and conforms to the shapes. Tries are bounded so that the run stays short.
 */
class ConverterFuzzTest {
    private static final ArticleConverter CONVERTER = new ArticleConverter();
    private static final GraphValidator VALIDATOR = new GraphValidator(Ontology.standard());
    private static final String SEED = seed();

    private static String seed() {
        try {
            return Files.readString(Path.of("seeds/xuzhou-2005.txt"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 200)
    void randomTextConverts(@ForAll("mixedText") String text) {
        checkNormalizer(text);
        checkConversion(text);
    }

    @Property(tries = 60)
    void mutatedSeedConverts(@ForAll("mutatedSeed") String text) {
        checkNormalizer(text);
        checkConversion(text);
    }

    @Property(tries = 3)
    void longRandomTextConverts(@ForAll("longText") String text) {
        checkConversion(text);
    }

    /** Every normalized character maps back into the original text, in order. */
    private static void checkNormalizer(String text) {
        NormalizedText n = Normalizer.normalize(text);
        assertEquals(text, n.original());
        int previous = 0;
        for (int i = 0; i < n.text().length(); i++) {
            int start = n.originalStart(i);
            assertTrue(start >= previous && start < text.length(), "char " + i + " maps to " + start);
            previous = start;
        }
        for (int i = 0; i <= n.text().length(); i++) {
            int end = n.originalEnd(i);
            assertTrue(end >= 0 && end <= text.length(), "end " + i + " maps to " + end);
        }
    }

    private static void checkConversion(String text) {
        Model m = CONVERTER.convert(new Article("fuzz", "memory", text), ConvertOptions.defaults());
        int length = text.codePointCount(0, text.length()); // NIF offsets count characters (code points)
        for (Resource r : m.listSubjectsWithProperty(NIF.beginIndex).toList()) {
            int b = r.getRequiredProperty(NIF.beginIndex).getInt();
            int e = r.getRequiredProperty(NIF.endIndex).getInt();
            assertTrue(0 <= b && b <= e && e <= length, r + ": [" + b + "," + e + ") in " + length);
            if (r.hasProperty(NIF.anchorOf)) {
                String between = text.substring(text.offsetByCodePoints(0, b), text.offsetByCodePoints(0, e));
                assertEquals(between, r.getRequiredProperty(NIF.anchorOf).getString(), r.toString());
            }
            if (r.hasProperty(NIF.isString)) {
                assertEquals(text, r.getRequiredProperty(NIF.isString).getString());
            }
        }
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        RDFDataMgr.write(turtle, m, Lang.TURTLE);
        Model back = ModelFactory.createDefaultModel();
        RDFDataMgr.read(back, new ByteArrayInputStream(turtle.toByteArray()), Lang.TURTLE);
        assertTrue(back.isIsomorphicWith(m), "Turtle round trip");
        ConformanceReport report = VALIDATOR.validate(m);
        assertTrue(report.findings().isEmpty(), () -> report.findings().toString());
    }

    @Provide
    Arbitrary<String> mixedText() {
        return fragments().list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> longText() {
        return fragments().list().ofMinSize(3000).ofMaxSize(5000).map(l -> String.join("", l));
    }

    private static Arbitrary<String> fragments() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(6),
                Arbitraries.of("，", "。", "、", "：", "；", "（", "）", "“", "”", "《", "》", "(", ")", ",", ".",
                        "!", "?", "\"", "\\", "<", ">", "&", " ", "\n", "\r\n", "\t", "　"),
                Arbitraries.of("(chǎn)", "（zhāng）", "(lǐ)", "（ xú ）", "(Wáng)", "()", "（", "ǎ"),
                Arbitraries.of("國務院", "調查組", "書記", "會議", "張國華", "廣東省", "縣長", "記者", "鄭"),
                Arbitraries.of("𠀀", "𡈽", "😀", "𪚥", "𠮷"),
                Arbitraries.of("\u0000", "\u0001", "\u001b", "\u007f", "\u200b", "\ufeff", "\u2028", "\u0085"),
                Arbitraries.strings().alpha().numeric().ofMaxLength(8),
                Arbitraries.of("市委书记", "王建国", "座谈会", "9月12日", "2005年", "副省长", "徐州市", "主持会议",
                        "调查组组长", "国务院", "来到", "召开", "记者"));
    }

    /** The seed article cut, with sentences repeated and characters deleted, always at code-point boundaries. */
    @Provide
    Arbitrary<String> mutatedSeed() {
        Arbitrary<Mutation> one = Combinators.combine(
                Arbitraries.of(Kind.values()), Arbitraries.doubles().between(0, 1)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(8).map(ms -> {
            String t = SEED;
            for (Mutation m : ms) {
                t = m.apply(t);
            }
            return t;
        });
    }

    private enum Kind { CUT, DUPLICATE_SENTENCE, DELETE_CHAR }

    private record Mutation(Kind kind, double at) {
        String apply(String t) {
            int[] cps = t.codePoints().toArray();
            if (cps.length == 0) {
                return t;
            }
            int i = (int) Math.min(cps.length - 1, Math.floor(at * cps.length));
            return switch (kind) {
                case CUT -> new String(cps, 0, i);
                case DELETE_CHAR -> new String(cps, 0, i) + new String(cps, i + 1, cps.length - i - 1);
                case DUPLICATE_SENTENCE -> {
                    List<String> sentences = new ArrayList<>(List.of(t.split("(?<=。)")));
                    int s = (int) Math.min(sentences.size() - 1, Math.floor(at * sentences.size()));
                    sentences.add(s, sentences.get(s));
                    yield sentences.stream().collect(Collectors.joining());
                }
            };
        }
    }
}
