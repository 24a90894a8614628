package dev.kg.store;

import dev.kg.rdf.RdfFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.JenaException;

/**
 * Writes a graph to a file atomically: RIOT writes a temporary file in the target's folder, which
 * then replaces the target in one move. A failure leaves the target as it was, never half written.
 *
 * <pre>
 *   GraphWriter.write(model, Path.of("out/d01.ttl"), RdfFormat.TTL);
 * </pre>
 */
public final class GraphWriter {
    private GraphWriter() {}

    public static void write(Model model, Path target, RdfFormat format) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // not Files.createTempFile: its owner-only permissions would carry over to the target
            tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW)) {
                format.write(model, out);
            }
            move(tmp, target);
        } catch (IOException | JenaException e) {
            deleteQuietly(tmp);
            throw new StoreException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // same folder, so this only happens on exotic file systems; still never a partial target
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the original failure is what the user needs to see
        }
    }
}
