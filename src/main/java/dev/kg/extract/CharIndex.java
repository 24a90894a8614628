package dev.kg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words grouped by their first or last character, each group in the words' own order, so that a
 * lookup at a position tries only the words that can match there (a suffix search over hundreds of
 * organization suffixes becomes a search over the few that end with the text's last character).
 */
final class CharIndex {
    private final Map<Character, List<String>> groups = new HashMap<>();
    private final boolean last;

    private CharIndex(Collection<String> words, boolean last) {
        this.last = last;
        for (String w : words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("an empty word would match everywhere");
            }
            groups.computeIfAbsent(w.charAt(last ? w.length() - 1 : 0), c -> new ArrayList<>()).add(w);
        }
        groups.replaceAll((c, l) -> List.copyOf(l));
    }

    /** Grouped by last character: the candidates for {@code text.endsWith(word)}. */
    static CharIndex byLast(Collection<String> words) {
        return new CharIndex(words, true);
    }

    /** Grouped by first character: the candidates for {@code text.startsWith(word, offset)}. */
    static CharIndex byFirst(Collection<String> words) {
        return new CharIndex(words, false);
    }

    /** The words that may end {@code text} (by last) or start at {@code offset} (by first), in order. */
    List<String> candidates(String text, int offset) {
        int at = last ? text.length() - 1 : offset;
        if (at < 0 || at >= text.length()) {
            return List.of();
        }
        return groups.getOrDefault(text.charAt(at), List.of());
    }
}
