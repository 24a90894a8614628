package dev.kg.web;

import dev.kg.vocab.KGO;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each served IRI lives on this server. An IRI under a served namespace (the data's base, and
 * the titles, roles and kinds concept schemes) answers at its own path on whatever host the server
 * runs on, and has two kinds of documents:
 * <pre>
 *   https://w3id.org/kgnews/id/x/person/y        IRI, served at /kgnews/id/x/person/y (303 to a document)
 *   /page/kgnews/id/x/person/y                    its HTML page
 *   /data/kgnews/id/x/person/y.ttl                its description (.ttl .jsonld .nt .rdf)
 *   https://w3id.org/kgnews/id/x#char=1,3         a hash IRI: described by its document, /page/kgnews/id/x#char=1,3
 * </pre>
 */
final class Addresses {
    static final String PAGE = "/page";
    static final String DATA = "/data";

    /** One namespace: IRIs starting with {@code iri} are served at paths starting with {@code path}. */
    record Namespace(String iri, String path) {}

    private final List<Namespace> namespaces = new ArrayList<>();

    /** @param base the data's namespace; served only when it ends in '/' (a '#' base names one document) */
    Addresses(String base) {
        if (base.endsWith("/")) {
            add(base);
        }
        add(KGO.TITLES_NS);
        add(KGO.ROLES_NS);
        add(KGO.KINDS_NS);
    }

    private void add(String iri) {
        namespaces.add(new Namespace(iri, URI.create(iri).getPath()));
    }

    List<Namespace> namespaces() {
        return namespaces;
    }

    /** The IRI a decoded request path stands for, when it lies under a served namespace. */
    Optional<String> iri(String path) {
        for (Namespace ns : namespaces) {
            if (path.startsWith(ns.path())) {
                return Optional.of(ns.iri() + path.substring(ns.path().length()));
            }
        }
        return Optional.empty();
    }

    boolean served(String iri) {
        return namespace(document(iri)).isPresent();
    }

    /** The HTML page of a served IRI (a hash IRI: its document's page, at the fragment), else empty. */
    Optional<String> page(String iri) {
        String doc = document(iri);
        return namespace(doc).map(ns -> encode(PAGE + ns.path() + doc.substring(ns.iri().length()))
                + (doc.length() < iri.length() ? "#" + encodeFragment(iri.substring(doc.length() + 1)) : ""));
    }

    /** The RDF document of a served IRI in the syntax of {@code extension} (ttl, jsonld, nt, rdf). */
    Optional<String> data(String iri, String extension) {
        String doc = document(iri);
        return namespace(doc).map(ns -> encode(DATA + ns.path() + doc.substring(ns.iri().length()) + "." + extension));
    }

    /** The path a served IRI answers at on this server. */
    Optional<String> local(String iri) {
        String doc = document(iri);
        return namespace(doc).map(ns -> encode(ns.path() + doc.substring(ns.iri().length())));
    }

    /** An IRI without its fragment: the document that describes it. */
    static String document(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? iri : iri.substring(0, hash);
    }

    private Optional<Namespace> namespace(String iri) {
        return namespaces.stream().filter(ns -> iri.startsWith(ns.iri())).findFirst();
    }

    /** A path as ASCII (non-ASCII characters percent-encoded), fit for a Location header and a link. */
    static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }

    private static String encodeFragment(String fragment) {
        try {
            return new URI(null, null, "", fragment).toASCIIString().substring(1);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a fragment: " + fragment, e);
        }
    }
}
