package dev.kg.nlp;

import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.corpus.tag.NS;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.dictionary.ns.PlaceDictionary;
import java.util.Map;

/**
 * What HanLP's own models say about a string as a Chinese person's name. HanLP's person-role model
 * counts, for each character, how often it was a surname (role B), a given-name character (C, D, E)
 * or a word around a name (K before, L after, M between two names); its place-role model counts
 * how often a character ended a place name (H). These counts decide where our rules would otherwise
 * need word lists: {@code 们亲切} is no name (们 is never a surname), {@code 张某和} ends before 和
 * (a word between names, nearly never inside one), {@code 某家桥} is a place (桥 ends places far
 * more often than it ends names).
 */
public final class NameEvidence {
    /** Inside a name: a character seen this many times as often around names as in them is a function word. */
    private static final int FUNCTION_RATIO = 10;
    /** At a name's end, where 和 (刘永和) may still close a name: only characters nearly never in one. */
    private static final int FINAL_FUNCTION_RATIO = 50;

    /** A character that ends this many given names in HanLP's person corpus is a common name ending. */
    private static final int COMMON_NAME_END = 1000;

    private NameEvidence() {}

    /**
     * The string may be a name as far as its characters go: it does not end in a character that is
     * nearly never inside a name ({@code 楼及}, {@code 某某被}; 和 may end one: 刘永和), no character
     * inside it stands around names far more often than in them ({@code 楼及被}) unless HanLP itself
     * read the whole string as a name ({@code 王和平/nr}), and it is not a common word followed by a
     * character that usually stands after names ({@code 全会上}: 全会 + 上).
     */
    public static boolean plausibleName(String name, boolean wholeHanlpName) {
        if (isFunctionCharacter(name.charAt(name.length() - 1), FINAL_FUNCTION_RATIO)) {
            return false;
        }
        for (int k = 1; k < name.length() - 1 && !wholeHanlpName; k++) {
            if (isFunctionCharacter(name.charAt(k), FUNCTION_RATIO)) {
                return false;
            }
        }
        return !(name.length() == 3 && isCommonWord(name.substring(0, 2)) && leansToContext(name.charAt(2)));
    }

    /**
     * The name may start where it does: with a surname of HanLP's model, or with a rarer one that
     * the model knows only inside names, not with a word that stands around names (们, 和).
     */
    public static boolean mayStartName(String name) {
        if (startsWithSurname(name)) {
            return true;
        }
        EnumItem<NR> e = person(name.substring(0, 1));
        return e != null && !leansToContext(name.charAt(0));
    }

    /** The name starts with a surname of HanLP's person model (one character, or two). */
    public static boolean startsWithSurname(String name) {
        return name.length() >= 2 && (isSurname(name.substring(0, 1))
                || name.length() >= 3 && count(person(name.substring(0, 2)), NR.B) > 0);
    }

    /** A one-character surname of HanLP's person model. */
    public static boolean isSurname(String s) {
        return s.length() == 1 && count(person(s), NR.B) > 0;
    }

    /**
     * The character stands around names (和, 及, 在, 被, 的) far more often than inside one: at
     * least {@code ratio} times as often.
     */
    public static boolean isFunctionCharacter(char c, int ratio) {
        EnumItem<NR> e = person(String.valueOf(c));
        int inside = count(e, NR.C) + count(e, NR.D) + count(e, NR.E);
        int around = count(e, NR.K) + count(e, NR.L) + count(e, NR.M);
        return around > 0 && around >= ratio * inside;
    }

    /** The character stands around names (向, 和, 对) more often than inside one. */
    public static boolean leansToContext(char c) {
        EnumItem<NR> e = person(String.valueOf(c));
        int inside = count(e, NR.C) + count(e, NR.D) + count(e, NR.E);
        int around = count(e, NR.K) + count(e, NR.L) + count(e, NR.M);
        return around > inside;
    }

    /**
     * The character ends place names (桥, 庙, 滩) more often than it ends given names, and is no
     * common ending of names (国, 山, 海 end both, too often to tell).
     */
    public static boolean endsPlacesRatherThanNames(char c) {
        EnumItem<NS> place = PlaceDictionary.dictionary.get(String.valueOf(c));
        int asPlaceEnd = place == null ? 0 : place.labelMap.getOrDefault(NS.H, 0);
        EnumItem<NR> e = person(String.valueOf(c));
        int asNameEnd = count(e, NR.D) + count(e, NR.E);
        return asPlaceEnd > asNameEnd && asNameEnd < COMMON_NAME_END;
    }

    /** A word of HanLP's core dictionary that it never tags as a name (全会, 一定). */
    public static boolean isCommonWord(String w) {
        return CoreWords.isWord(w) && !CoreWords.taggedAs(w, "nr");
    }

    private static EnumItem<NR> person(String s) {
        return PersonDictionary.dictionary.get(s);
    }

    private static <E extends Enum<E>> int count(EnumItem<E> item, E role) {
        if (item == null) {
            return 0;
        }
        Map<E, Integer> m = item.labelMap;
        return m.getOrDefault(role, 0);
    }
}
