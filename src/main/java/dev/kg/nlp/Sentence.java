package dev.kg.nlp;

import java.util.List;

/** A sentence of normalized text: its offsets and its tokens (offsets are article-wide). */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
