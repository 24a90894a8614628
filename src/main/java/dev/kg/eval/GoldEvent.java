package dev.kg.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event of a gold file. Dates are kept as written ({@code YYYY-MM-DD} or {@code --MM-DD});
 * {@link EventDates} compares them. Absent fields are those the article leaves open.
 */
public record GoldEvent(String id, String kind, String label, Optional<String> start, Optional<String> end,
                        Optional<String> partOfDay, Optional<String> place, Optional<String> organizer,
                        List<GoldParticipant> participants) {
    public GoldEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(partOfDay, "partOfDay");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(organizer, "organizer");
        participants = List.copyOf(participants);
    }
}
