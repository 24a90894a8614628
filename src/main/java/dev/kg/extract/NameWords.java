package dev.kg.extract;

import dev.kg.nlp.Token;
import dev.kg.normalize.Han;
import java.util.regex.Pattern;

/** What a token may be inside a name: a content word of a company's name, a part of an organization's name. */
final class NameWords {
    /** 第三, 十二: a numeral word inside a name (compiled once: this runs for every token). */
    private static final Pattern ORDINAL = Pattern.compile("第?[一二三四五六七八九十0-9]*");
    private final Lexicon lexicon;

    NameWords(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** 教育部/nt: a word HanLP's dictionary knows as an organization's name closes one. */
    static boolean isHanlpOrgWord(Token tok) {
        return tok.natureStartsWith("nt") && tok.word().length() >= 3 && Han.all(tok.word());
    }

    boolean isCompanyWord(Token tok) {
        String n = tok.nature();
        boolean function = n.startsWith("p") || n.startsWith("c") || n.startsWith("u") || n.startsWith("d")
                || n.startsWith("r") || n.startsWith("w") || n.startsWith("f") || n.startsWith("t")
                || n.startsWith("v") && !n.equals("vn") || n.equals("nnt");
        return !function && Han.all(tok.word())
                && !lexicon.roleVerbs().containsKey(tok.word()) && !lexicon.deictics().containsKey(tok.word());
    }

    boolean isOrgInternal(Token tok) {
        String w = tok.word();
        String nature = tok.nature();
        if (lexicon.roleVerbs().containsKey(w) || lexicon.eventVerbs().containsKey(w)
                || lexicon.meetingNouns().containsKey(w) || lexicon.deictics().containsKey(w)) {
            return false;
        }
        if (nature.startsWith("nr")) {
            // 李镇镇/nr 党委: a town HanLP took for a name opens its bodies' names
            return w.length() >= 3 && PlaceFinder.LEVELS.indexOf(w.charAt(w.length() - 1)) >= 0 && Han.all(w);
        }
        if (nature.equals("nnt") || nature.equals("nnd")) {
            return false;
        }
        if (nature.startsWith("m")) {
            return ORDINAL.matcher(w).matches() && !w.isEmpty();
        }
        return nature.startsWith("n") || nature.equals("vn") || nature.equals("j") || nature.equals("b")
                || nature.equals("a") || nature.equals("an") || nature.equals("ng") || nature.equals("nz");
    }
}
