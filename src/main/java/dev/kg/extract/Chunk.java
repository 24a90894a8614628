package dev.kg.extract;

import dev.kg.nlp.Token;
import java.util.List;
import java.util.Optional;

/**
 * A typed piece of a sentence: a person name, an organization name, a place, a deictic (我市), a
 * title, punctuation, or any other word. A title chunk carries
 * its lexicon entry (which says whether it names an organization itself).
 */
public record Chunk(Type type, int start, int end, String text, List<Token> tokens,
                    Optional<Lexicon.Title> title) {
    public enum Type { PERSON, ORG, PLACE, DEICTIC, TITLE, PUNCT, WORD }

    public Chunk {
        tokens = List.copyOf(tokens);
    }

    static Chunk of(Type type, String sentenceText, int sentenceStart, List<Token> tokens) {
        int s = tokens.get(0).start();
        int e = tokens.get(tokens.size() - 1).end();
        return new Chunk(type, s, e, sentenceText.substring(s - sentenceStart, e - sentenceStart), tokens,
                Optional.empty());
    }

    public Span span() {
        return new Span(start, end);
    }

    public boolean is(Type t) {
        return type == t;
    }

    public boolean isPunct(String chars) {
        return type == Type.PUNCT && chars.contains(text);
    }
}
