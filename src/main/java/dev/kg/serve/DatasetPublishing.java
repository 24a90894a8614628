package dev.kg.serve;

import dev.kg.vocab.Ontology;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The dataset's description and downloads: VoID and DCAT at {@code /.well-known/void}, and the
 * dumps {@code /dumps/kg.trig}, {@code /dumps/kg.nq}, {@code /dumps/kg.ttl}.
 *
 * <pre>
 *   FusekiServer.Builder builder = FusekiServer.create().add("/kg", dsg);
 *   DatasetPublishing.install(builder, dsg, "https://w3id.org/kgnews/id/");
 * </pre>
 */
public final class DatasetPublishing {
    private DatasetPublishing() {}

    /** Registers the servlets on {@code builder}; {@code base} is the namespace of the dataset's entities. */
    public static void install(FusekiServer.Builder builder, DatasetGraph dsg, String base) {
        Supplier<VoidDescription> description = () -> new VoidDescription(DatasetStatistics.of(dsg, base), base);
        PrefixMap prefixes = PrefixMapFactory.create(Ontology.standard().model().getNsPrefixMap());
        // the data's own prefixes too (itsrdf:…), but not those of one article's entities under the base
        Txn.executeRead(dsg, () -> dsg.prefixes().forEach((prefix, ns) -> {
            if (!prefixes.containsPrefix(prefix) && !ns.startsWith(base)) {
                prefixes.add(prefix, ns);
            }
        }));
        builder.addServlet(VoidDescription.PATH, new VoidServlet(description))
                .addServlet(Dump.PATH + "*", new DumpServlet(dsg, prefixes));
    }
}
