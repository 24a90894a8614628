package dev.kg.store;

import dev.kg.rdf.RdfFormat;
import dev.kg.store.OutputFile.Existing;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.JenaException;

/**
 * Writes a graph with RIOT, to a stream or to a file; a file is written atomically by
 * {@link OutputFile}, so a failure leaves the target as it was, never half written.
 *
 * <pre>
 *   GraphWriter.write(model, Path.of("out/d01.ttl"), RdfFormat.TTL, Existing.REFUSE);
 * </pre>
 */
public final class GraphWriter {
    private GraphWriter() {}

    /** Writes the file, replacing an existing regular file (never a link, a folder or a device). */
    public static void write(Model model, Path target, RdfFormat format) {
        write(model, target, format, Existing.REPLACE);
    }

    /** @throws StoreException naming the target and the reason; the target is then unchanged */
    public static void write(Model model, Path target, RdfFormat format, Existing existing) {
        try {
            OutputFile.write(target, existing, out -> write(model, out, format));
        } catch (JenaException e) {
            throw new StoreException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes the graph to a stream, which stays open (stdout, a buffer). */
    public static void write(Model model, OutputStream out, RdfFormat format) {
        format.write(model, out);
    }
}
