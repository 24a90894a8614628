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
            String text = sb.toString();
            if (!lexicon.startsTitle(text)) {
                break; // nor will any longer run of tokens be a title
            }
            if (lexicon.title(text).isPresent() && !continuesIntoBody(text, t, j)) {
                best = j;
            }
        }
        return best;
    }

    /** 市委常委|会会议: the title's end and the next character make a body (常委会), not a title. */
    private boolean continuesIntoBody(String title, List<Token> t, int j) {
        if (j + 1 >= t.size() || t.get(j).end() != t.get(j + 1).start()) {
            return false;
        }
        String joined = title + t.get(j + 1).word().charAt(0);
        return lexicon.orgSuffixAtEnd(joined).filter(s -> s.length() > 1 && s.length() <= joined.length()
                && !title.endsWith(s)).isPresent();
    }

    Optional<Lexicon.Title> title(List<Token> t, int i, int j) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k <= j; k++) {
            sb.append(t.get(k).word());
        }
        return lexicon.title(sb.toString());
    }
}
