package dev.kg.extract;

import dev.kg.nlp.Sentence;
import dev.kg.nlp.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One sentence's tokens and the chunks that {@link Chunker}'s passes have made of them so far. A
 * pass reads what earlier passes claimed ({@link #owner}) and claims free tokens for its own chunks.
 */
final class ChunkGrid {
    final Sentence sentence;
    final List<Token> tokens;
    /** The chunk starting at token i, or null. */
    final Chunk[] at;
    /** Index of the chunk-start token covering token i, or -1. */
    final int[] owner;

    ChunkGrid(Sentence sentence) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.at = new Chunk[tokens.size()];
        this.owner = new int[tokens.size()];
        Arrays.fill(owner, -1);
    }

    /** Tokens {@code [i, j]} belong to the chunk starting at {@code i}. */
    void mark(int i, int j) {
        for (int k = i; k <= j; k++) {
            owner[k] = i;
        }
    }

    /** The chunk covering token k, or null when no pass has claimed it yet. */
    Chunk covering(int k) {
        return owner[k] >= 0 ? at[owner[k]] : null;
    }

    /** The chunks made, in order; every token no pass claimed is a word or punctuation. */
    List<Chunk> chunks() {
        List<Token> t = tokens;
        List<Chunk> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (owner[i] >= 0 && owner[i] != i) {
                continue;
            }
            if (at[i] != null) {
                out.add(at[i]);
                continue;
            }
            Token tok = t.get(i);
            Chunk.Type type = tok.isPunctuation() ? Chunk.Type.PUNCT : Chunk.Type.WORD;
            out.add(Chunk.of(type, sentence.text(), sentence.start(), List.of(tok)));
        }
        return out;
    }

    /** The words of tokens {@code [i, j]}, joined. */
    static String join(List<Token> t, int i, int j) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k <= j; k++) {
            sb.append(t.get(k).word());
        }
        return sb.toString();
    }
}
