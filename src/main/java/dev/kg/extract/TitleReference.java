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

    /** The surname before a title: one character ({@code 王|市长}) or a compound one ({@code 欧阳|书记}). */
    private Optional<String> surname(String word) {
        for (int length = 1; length <= 2; length++) {
            if (word.length() >= length + 2 && lexicon.title(word.substring(length)).isPresent()
                    && (length == 1 ? NameEvidence.isSurname(word.substring(0, 1)) : lexicon.compoundSurnameAt(word, 0))) {
                return Optional.of(word.substring(0, length));
            }
        }
        return Optional.empty();
    }
}
