package dev.kg.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a careful reader takes from one article (GOLD-FORMAT.md). All names are zh-Hans.
 *
 * @param persons person names
 */
public record GoldArticle(String id, Optional<String> source, Optional<LocalDate> published,
                          List<String> persons, List<GoldEntity> organizations, List<GoldEntity> places,
                          List<GoldPosition> positions, List<GoldEvent> events) {
    public GoldArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(published, "published");
        persons = List.copyOf(persons);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
        positions = List.copyOf(positions);
        events = List.copyOf(events);
    }

    /** The organizations that {@code name} names (by name or alias); usually zero or one. */
    public List<GoldEntity> organizationsNamed(String name) {
        return organizations.stream().filter(o -> o.isNamed(name)).toList();
    }

    /** The places that {@code name} names (by name or alias); usually zero or one. */
    public List<GoldEntity> placesNamed(String name) {
        return places.stream().filter(p -> p.isNamed(name)).toList();
    }
}
