package dev.kg.cli;

import dev.kg.KgException;
import dev.kg.store.DatasetLoader;
import dev.kg.store.DatasetLoader.Loaded;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads files one after the other, each in its own transaction, saying on {@code out} what each
 * added and on {@code err} why one failed; a failed file does not stop the others.
 */
final class FileLoads {
    private int loaded;
    private int replaced;
    private int failed;

    static FileLoads run(DatasetLoader loader, List<Path> files, PrintWriter out, PrintWriter err) {
        FileLoads loads = new FileLoads();
        for (Path file : files) {
            try {
                Loaded l = loader.load(file);
                loads.loaded++;
                if (l.replaced()) {
                    loads.replaced++;
                }
                out.println(file + ": " + count(l.triples(), "triple") + " in <" + l.graph().getURI() + ">"
                        + (l.replaced() ? " (replaced)" : " (new graph)"));
            } catch (KgException e) {
                loads.failed++;
                err.println("kg: " + e.getMessage().lines().findFirst().orElse(""));
            }
            out.flush();
            err.flush();
        }
        return loads;
    }

    int loaded() {
        return loaded;
    }

    int failed() {
        return failed;
    }

    /** E.g. "Loaded 2 of 3 files (1 new graph, 1 replaced)". */
    String summary() {
        int total = loaded + failed;
        return "Loaded " + (failed == 0 ? count(total, "file") : loaded + " of " + count(total, "file"))
                + " (" + count(loaded - replaced, "new graph") + ", " + replaced + " replaced)";
    }

    /** "1 graph", "2 graphs". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
