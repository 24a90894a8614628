package dev.kg.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The articles named on a command line, as a stream: plain files as given, folders searched
 * recursively for {@code *.txt} (each folder's entries sorted by name; gold annotations
 * {@code *.gold.json} and other files skipped) and JSON Lines files ({@code *.jsonl}) read line by
 * line. Nothing is held between entries: {@link #forEach} reads the inputs anew at each call, so a
 * caller may pass over them twice (once for ids, once to convert) in bounded memory.
 *
 * <pre>
 *   Corpus.of(List.of(Path.of("corpus/"), Path.of("news.jsonl")), SizeLimit.DEFAULT)
 *         .forEach(entry -> ...);
 * </pre>
 */
public final class Corpus {
    /**
     * One thing found among the inputs: an article to convert ({@code input}), or one line saying why
     * a place yields none ({@code problem}: a bad JSON Lines line, a folder without {@code *.txt}).
     */
    public record Entry(Input input, String problem) {
        public Entry {
            if ((input == null) == (problem == null)) {
                throw new IllegalArgumentException("an entry is an input or a problem");
            }
        }

        public boolean isProblem() {
            return problem != null;
        }
    }

    private final List<Path> paths;
    private final SizeLimit limit;

    private Corpus(List<Path> paths, SizeLimit limit) {
        this.paths = List.copyOf(paths);
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    public static Corpus of(List<Path> paths, SizeLimit limit) {
        return new Corpus(paths, limit);
    }

    /** A reader that applies this corpus's size limit to article files. */
    public ArticleReader reader() {
        return new ArticleReader(limit);
    }

    /** Hands every entry to {@code sink}, in the order of the paths (within a folder: by name). */
    public void forEach(Consumer<Entry> sink) {
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                if (!walk(path, sink)) {
                    sink.accept(new Entry(null, path + ": no *.txt files in this folder"));
                }
            } else if (path.getFileName() != null && path.getFileName().toString().endsWith(".jsonl")) {
                try {
                    JsonLines.read(path, limit, input -> sink.accept(new Entry(input, null)),
                            bad -> sink.accept(new Entry(null, bad)));
                } catch (SourceException e) {
                    sink.accept(new Entry(null, e.getMessage()));
                }
            } else {
                sink.accept(new Entry(Input.ofFile(path, false), null)); // read (and refused if bad) when converted
            }
        }
    }

    /**
     * Depth first, one folder's listing at a time (not the whole tree), sorted by name so that runs
     * are repeatable. Linked folders are not followed (no cycles); linked files are read.
     *
     * @return whether any {@code *.txt} was found
     */
    private static boolean walk(Path folder, Consumer<Entry> sink) {
        List<Path> children;
        try (Stream<Path> list = Files.list(folder)) {
            children = list.sorted().toList();
        } catch (IOException | java.io.UncheckedIOException | SecurityException e) {
            sink.accept(new Entry(null, folder + ": cannot be listed: " + e.getMessage()));
            return true; // reported already; not also "no *.txt"
        }
        boolean found = false;
        for (Path child : children) {
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                found |= walk(child, sink);
            } else if (child.getFileName().toString().endsWith(".txt") && Files.isRegularFile(child)) {
                sink.accept(new Entry(Input.ofFile(child, true), null));
                found = true;
            }
        }
        return found;
    }
}
