package dev.kg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * {@code /dumps/kg.trig}, {@code /dumps/kg.nq} and {@code /dumps/kg.ttl}: the dataset streamed to the
 * client inside one read transaction, quad by quad from the store into RIOT's streaming writers, so
 * that no copy of the data is built whatever its size. The Turtle dump streams the triples of the
 * union graph as the store yields them.
 */
final class DumpServlet extends HttpServlet {
    private final DatasetGraph dsg;
    private final PrefixMap prefixes;

    DumpServlet(DatasetGraph dsg, PrefixMap prefixes) {
        this.dsg = dsg;
        this.prefixes = prefixes;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Dump> dump = headers(req, resp);
        if (dump.isPresent()) {
            try (OutputStream out = resp.getOutputStream()) {
                Txn.executeRead(dsg, () -> write(dump.get(), out));
            }
        }
    }

    /** The headers alone, without reading the store (the servlet default would write the whole dump). */
    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        headers(req, resp);
    }

    private static Optional<Dump> headers(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        Optional<Dump> dump = Dump.byFile(path.substring(path.lastIndexOf('/') + 1));
        if (dump.isEmpty() || !path.equals(dump.get().path())) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND,
                    "dumps: " + String.join(", ", Stream.of(Dump.values()).map(Dump::path).toList()));
            return Optional.empty();
        }
        resp.setContentType(dump.get().lang().getContentType().getContentTypeStr());
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + dump.get().file + "\"");
        return dump;
    }

    private void write(Dump d, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, d.format);
        stream.start();
        prefixes.forEach(stream::prefix);
        if (d.quads()) {
            // the named graphs only: an in-memory dataset's default graph is a copy of their union
            dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
        } else {
            dsg.getUnionGraph().find().forEachRemaining(stream::triple);
        }
        stream.finish();
    }
}
