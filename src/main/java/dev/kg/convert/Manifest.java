package dev.kg.convert;

import dev.kg.store.OutputFile;
import dev.kg.store.OutputFile.Existing;
import dev.kg.store.StoreException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@code kg convert} wrote into an output folder: one line per article, its id, the
 * {@link ContentHash} of what its output was made from, and the output file's name, in
 * {@code OUT/.kg-manifest.tsv}. A re-run skips an article whose hash is unchanged and whose output
 * is still there, and may replace the outputs listed (kg made them) without {@code --force}.
 *
 * <p>Why a file of its own rather than a checksum triple in each graph: the check must not parse
 * every earlier output (in whatever syntax: JSON-LD and RDF/XML too), the graph stays what the
 * article says, and a file kg created is one kg may rewrite.
 *
 * <p>During a run, lines are appended: first {@code id - file} before an output is written (kg owns
 * the file, its content is not known yet), then {@code id HASH file} once it is in place; the last
 * line of an id wins. A run killed at any point therefore never leaves an output that a re-run would
 * wrongly skip. At the end the log is rewritten as one line per id, atomically ({@link OutputFile}).
 * A manifest that kg did not write (no header) is never read or replaced.
 */
public final class Manifest implements AutoCloseable {
    public static final String NAME = ".kg-manifest.tsv";
    private static final String HEADER = "# kg convert manifest 1: id, SHA-256 of the article and the options, output file";
    private static final String PENDING = "-";

    private record Entry(String hash, String file) {
    }

    private final Path path;
    private final Map<String, Entry> entries;
    private OutputStream log;

    private Manifest(Path path, Map<String, Entry> entries) {
        this.path = path;
        this.entries = entries;
    }

    /** @throws StoreException when the folder holds a manifest that kg did not write */
    public static Manifest open(Path folder) {
        Path path = folder.resolve(NAME);
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return new Manifest(path, entries);
        }
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new StoreException("cannot use " + path + ": it is not a regular file (move it away)");
        }
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(in.readLine())) {
                throw new StoreException("cannot use " + path + ": it was not written by kg convert, which will not"
                        + " replace it (move it away, or convert into another folder)");
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                if (f.length == 3 && !f[0].isEmpty() && !f[2].isEmpty()) {
                    entries.put(f[0], new Entry(f[1], f[2]));
                } // else the torn last line of a run killed while appending: that article is converted again
            }
        } catch (IOException e) {
            throw new StoreException("cannot read " + path + ": " + e.getMessage(), e);
        }
        return new Manifest(path, entries);
    }

    /** Whether kg wrote {@code file} for {@code id} (so it may replace it). */
    public boolean owns(String id, String file) {
        Entry e = entries.get(id);
        return e != null && e.file().equals(file);
    }

    /** Whether {@code file} holds the output of exactly this content: recorded with this hash, and still there. */
    public boolean isCurrent(String id, String hash, Path file) {
        Entry e = entries.get(id);
        return e != null && e.hash().equals(hash) && e.file().equals(file.getFileName().toString())
                && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    /** Before writing {@code file}: kg owns it, its content is not yet known. */
    public void claim(String id, String file) {
        record(id, PENDING, file);
    }

    /** After {@code file} is in place with the output of {@code hash}. */
    public void done(String id, String hash, String file) {
        record(id, hash, file);
    }

    private synchronized void record(String id, String hash, String file) {
        entries.put(id, new Entry(hash, file));
        try {
            if (log == null) {
                boolean fresh = !Files.exists(path, LinkOption.NOFOLLOW_LINKS);
                Files.createDirectories(path.toAbsolutePath().getParent());
                log = Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                if (fresh) {
                    log.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            log.write((id + "\t" + hash + "\t" + file + "\n").getBytes(StandardCharsets.UTF_8));
            log.flush();
        } catch (IOException e) {
            throw new StoreException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Rewrites the log as one line per id, sorted, in one step. */
    @Override
    public synchronized void close() {
        try {
            if (log == null) {
                return; // nothing recorded this run
            }
            log.close();
            log = null;
            OutputFile.write(path, Existing.REPLACE, out -> {
                Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                text.write(HEADER + "\n");
                for (Map.Entry<String, Entry> e : new TreeMap<>(entries).entrySet()) {
                    text.write(e.getKey() + "\t" + e.getValue().hash() + "\t" + e.getValue().file() + "\n");
                }
                text.flush();
            });
        } catch (IOException e) {
            throw new StoreException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** The recorded hash of an article's output, if any (pending outputs have none). */
    public Optional<String> hash(String id) {
        return Optional.ofNullable(entries.get(id)).map(Entry::hash).filter(h -> !h.equals(PENDING));
    }
}
