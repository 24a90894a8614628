package dev.kg;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The development corpus, which lives outside the repository ({@code ../shared/corpus/dev}, beside
 * the checkout). Tests that need it skip without it, and say so on stderr, where a skip is seen.
 */
public final class DevCorpus {
    public static final Path DIR = Path.of("../shared/corpus/dev");

    private DevCorpus() {
    }

    /** The corpus folder; skips the calling test, with a visible reason, when it is not there. */
    public static Path require() {
        boolean present = Files.isDirectory(DIR);
        if (!present) {
            String why = "SKIPPED: needs the dev corpus at " + DIR.toAbsolutePath().normalize()
                    + " (it is not in this repository: put the shared corpus folder beside the checkout,"
                    + " as ../shared/corpus/dev/NAME.txt with NAME.gold.json)";
            System.err.println(why);
            assumeTrue(false, why);
        }
        return DIR;
    }
}
