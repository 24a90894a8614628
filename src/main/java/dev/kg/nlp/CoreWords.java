package dev.kg.nlp;

import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * HanLP's core dictionary as evidence: whether it holds a word, and with which natures (its
 * part-of-speech tags: {@code ns} place, {@code nr} person, {@code nt} organization…).
 */
public final class CoreWords {
    private CoreWords() {
    }

    /** Whether the core dictionary holds the word at all. */
    public static boolean isWord(String word) {
        return CoreDictionary.get(word) != null;
    }

    /** Whether the core dictionary holds the word with a nature that starts with one of the prefixes. */
    public static boolean taggedAs(String word, String... prefixes) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (var nature : a.nature) {
            for (String p : prefixes) {
                if (nature.startsWith(p)) {
                    return true;
                }
            }
        }
        return false;
    }
}
