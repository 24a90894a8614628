package dev.kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Organizations that a list names by sharing one part: {@code 甲镇、乙镇、丙镇人大} names each town's
 * 人大 (the suffix distributes over the places before it), and {@code 县政府、政协} names the
 * county's 政协 (the place distributes over the suffixes after it).
 */
final class DistributiveOrgs {
    /** An organization the list implies, with the span of the part written for it. */
    record Mention(String name, Span span) {}

    private final Lexicon lexicon;

    DistributiveOrgs(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Mention> find(List<Chunk> chunks) {
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < chunks.size(); k++) {
            Chunk c = chunks.get(k);
            if (!c.is(Chunk.Type.ORG)) {
                continue;
            }
            Optional<Integer> cut = placeCut(c.text());
            if (cut.isEmpty()) {
                continue;
            }
            String place = c.text().substring(0, cut.get());
            String suffix = c.text().substring(cut.get());
            char level = place.charAt(place.length() - 1);
            // places before: 甲镇、乙镇、[丙镇人大]
            for (int j = k - 2; j >= 0 && chunks.get(j + 1).isPunct("、") && chunks.get(j).is(Chunk.Type.PLACE)
                    && chunks.get(j).text().charAt(chunks.get(j).text().length() - 1) == level; j -= 2) {
                out.add(new Mention(chunks.get(j).text() + suffix, chunks.get(j).span()));
            }
            // suffixes after: [县政府]、政协
            for (int j = k + 2; j < chunks.size() && chunks.get(j - 1).isPunct("、") && isBareSuffix(chunks.get(j)); j += 2) {
                out.add(new Mention(place + chunks.get(j).text(), chunks.get(j).span()));
            }
        }
        return out;
    }

    /** Where the place ends in a name made of a place (or a lone level) and one suffix: 丙镇|人大, 县|政府. */
    private Optional<Integer> placeCut(String name) {
        for (int at = name.length() - 2; at >= 1; at--) {
            String rest = name.substring(at);
            if (PlaceFinder.LEVELS.indexOf(name.charAt(at - 1)) >= 0 && lexicon.isOrgSuffix(rest) && !lexicon.isCompleteOrgName(rest)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /** A word that is a body's kind only (政协, 人大), naming no body by itself. */
    private boolean isBareSuffix(Chunk c) {
        return c.is(Chunk.Type.WORD) && lexicon.isOrgSuffix(c.text()) && !lexicon.isCompleteOrgName(c.text())
                && !lexicon.isUnitSuffix(c.text());
    }
}
