package dev.kg.extract;

import dev.kg.nlp.Token;
import java.util.List;
import java.util.Optional;

/** Longest title of the lexicon made of whole tokens, starting at a token. */
final class TitleMatcher {
    private static final int MAX_TOKENS = 5;
    private final Lexicon lexicon;

    TitleMatcher(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Index of the last token of the longest title starting at token {@code i}, or -1. */
    int end(List<Token> t, int i) {
        StringBuilder sb = new StringBuilder();
        int best = -1;
        for (int j = i; j < t.size() && j < i + MAX_TOKENS; j++) {
            sb.append(t.get(j).word());
            if (lexicon.title(sb.toString()).isPresent()) {
                best = j;
            }
        }
        return best;
    }

    Optional<Lexicon.Title> title(List<Token> t, int i, int j) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k <= j; k++) {
            sb.append(t.get(k).word());
        }
        return lexicon.title(sb.toString());
    }
}
