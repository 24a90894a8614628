package dev.kg.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Content negotiation as every document of the server does it: the offer that best matches the
 * request's {@code Accept} header (none given: any), or a 406 that lists the offers.
 */
public final class Negotiation {
    private final AcceptList offers;
    private final String offered;

    /** @param offers media types, the preferred first */
    public Negotiation(String... offers) {
        this.offers = AcceptList.create(offers);
        this.offered = "offered: " + String.join(", ", offers);
    }

    /**
     * The media type to answer {@code accept} (the header's value, null when absent) with; empty after
     * answering 406. Sets {@code Vary: Accept} either way, for caches.
     */
    public Optional<MediaType> choose(String accept, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        MediaType choice = AcceptList.match(accept == null ? AcceptList.create("*/*") : new AcceptList(accept), offers);
        if (choice == null) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, offered);
        }
        return Optional.ofNullable(choice);
    }
}
