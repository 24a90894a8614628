package dev.kg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kg.DevCorpus;
import dev.kg.convert.ArticleConverter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's quality tables are what {@code kg eval --markdown} prints now (bin/update-readme-quality). */
class ReadmeQualityTest {
    private static final Path DEV = DevCorpus.DIR;
    private static CorpusEvaluator evaluator;
    private static String readme;

    @BeforeAll
    static void setUp() throws IOException {
        evaluator = new CorpusEvaluator(new ArticleConverter(), Optional.of(new HanlpBaseline()));
        readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void seedTableIsCurrent() {
        assertBlock("seed", Path.of("seeds"));
    }

    @Test
    void devTableIsCurrent() {
        DevCorpus.require();
        assertBlock("dev", DEV);
    }

    private static void assertBlock(String name, Path corpus) {
        Matcher m = Pattern.compile("<!-- quality:" + name + ":begin -->\n(.*?)\n<!-- quality:" + name + ":end -->",
                Pattern.DOTALL).matcher(readme);
        assertEquals(true, m.find(), "README.md has no quality:" + name + " block");
        String expected = new ReportPrinter().markdown(evaluator.evaluate(List.of(corpus))).strip();
        assertEquals(expected, m.group(1).strip(),
                "README.md's " + name + " quality table is stale: run bin/update-readme-quality");
    }
}
