package dev.kg.convert;

import dev.kg.source.Input;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a caller may tell the converter beyond the text.
 *
 * @param base      namespace under which every data IRI is minted (ends with {@code /} or {@code #})
 * @param published the publication date, if the caller knows it; the only source of a year that the
 *                  text itself does not state
 * @param source    where the article was published, an absolute http(s) IRI (its URL), if known:
 *                  becomes the article's {@code dcterms:source}
 */
public record ConvertOptions(String base, Optional<LocalDate> published, Optional<String> source) {
    public static final String DEFAULT_BASE = "https://w3id.org/kgnews/id/";

    public ConvertOptions {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(source, "source");
        if (!(base.endsWith("/") || base.endsWith("#"))) {
            throw new IllegalArgumentException("base IRI must end with '/' or '#': " + base);
        }
    }

    public ConvertOptions(String base, Optional<LocalDate> published) {
        this(base, published, Optional.empty());
    }

    public static ConvertOptions defaults() {
        return new ConvertOptions(DEFAULT_BASE, Optional.empty());
    }

    public ConvertOptions withPublished(LocalDate date) {
        return new ConvertOptions(base, Optional.ofNullable(date), source);
    }

    public ConvertOptions withSource(String iri) {
        return new ConvertOptions(base, published, Optional.ofNullable(iri));
    }

    /** These options with what an input says of itself: its publication date and its URL, when given. */
    public ConvertOptions forInput(Input input) {
        ConvertOptions dated = input.published().map(this::withPublished).orElse(this);
        return input.source().map(dated::withSource).orElse(dated);
    }
}
