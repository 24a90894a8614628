package dev.kg.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * First link of the {@code SERVICE} chain: passes a call on only when its endpoint's host is listed,
 * and fails the query otherwise, before any request is made (no server-side request forgery). Fuseki
 * answers a denied query with 422 and the reason, as it does for its own refusals.
 */
final class ServiceAllowList implements ChainingServiceExecutor {
    private final Set<String> hosts;

    ServiceAllowList(Set<String> hosts) {
        this.hosts = hosts;
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        // opExecute has the endpoint after substitution, so SERVICE ?var is checked too
        String host = host(opExecute);
        if (host == null || !hosts.contains(host)) {
            throw new QueryDeniedException("SERVICE " + opExecute.getService() + " refused: "
                    + (hosts.isEmpty() ? "this server calls no SERVICE (the operator may allow hosts with kg serve --allow-service)"
                            : "its host is not one of " + hosts));
        }
        return chain.createExecution(opExecute, original, binding, execCxt);
    }

    private static String host(OpService op) {
        if (!op.getService().isURI()) {
            return null;
        }
        try {
            String host = new URI(op.getService().getURI()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
