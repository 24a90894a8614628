package dev.kg.convert;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a caller may tell the converter beyond the text.
 *
 * @param base      namespace under which every data IRI is minted (ends with {@code /} or {@code #})
 * @param published the publication date, if the caller knows it; the only source of a year that the
 *                  text itself does not state
 */
public record ConvertOptions(String base, Optional<LocalDate> published) {
    public static final String DEFAULT_BASE = "https://w3id.org/kgnews/id/";

    public ConvertOptions {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(published, "published");
        if (!(base.endsWith("/") || base.endsWith("#"))) {
            throw new IllegalArgumentException("base IRI must end with '/' or '#': " + base);
        }
    }

    public static ConvertOptions defaults() {
        return new ConvertOptions(DEFAULT_BASE, Optional.empty());
    }

    public ConvertOptions withPublished(LocalDate date) {
        return new ConvertOptions(base, Optional.ofNullable(date));
    }
}
