package dev.kg.extract;

import dev.kg.nlp.NameEvidence;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A surname and a title ({@code 王市长}, {@code 李局长}) refer back to a person the
 * article names in full; HanLP often reads them as one name. Such a reference is never a new person:
 * it is the one known person of that surname, or nobody when the article names none or several.
 */
final class TitleReference {
    private final Lexicon lexicon;

    TitleReference(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether the word is a surname followed by a title of the lexicon. */
    boolean isReference(String word) {
        return surname(word).isPresent();
    }

    /** The known person the reference points at, if exactly one has its surname. */
    Optional<String> resolve(String word, Set<String> known) {
        Optional<String> surname = surname(word);
        if (surname.isEmpty()) {
            return Optional.empty();
        }
        List<String> candidates = known.stream()
                .filter(n -> n.startsWith(surname.get()) && n.length() > surname.get().length() && !isReference(n))
                .toList();
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** The one-character surname before a title ({@code 王|市长}). */
    private Optional<String> surname(String word) {
        if (word.length() >= 3 && lexicon.title(word.substring(1)).isPresent() && NameEvidence.startsWithSurname(word)) {
            return Optional.of(word.substring(0, 1));
        }
        return Optional.empty();
    }
}
