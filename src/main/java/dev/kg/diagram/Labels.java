package dev.kg.diagram;

import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/** Picks one literal of a resource by language tag, deterministically. */
public final class Labels {
    public static final String EN = "en";
    public static final String ZH_HANS = "zh-Hans";
    public static final String ZH_HANT = "zh-Hant";
    public static final String PINYIN = "zh-Latn-pinyin";

    private Labels() {}

    /** The lexically smallest value of {@code p} tagged {@code lang} (case-insensitive), or empty. */
    public static Optional<String> get(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream()
                .map(Statement::getObject)
                .filter(o -> o.isLiteral())
                .map(o -> o.asLiteral())
                .filter(l -> l.getLanguage().equalsIgnoreCase(lang))
                .map(Literal::getLexicalForm)
                .sorted()
                .findFirst();
    }

    /** The lexically smallest plain value of {@code p}, whatever its language, or empty. */
    public static Optional<String> any(Resource r, Property p) {
        return r.listProperties(p).toList().stream()
                .map(Statement::getObject)
                .filter(o -> o.isLiteral())
                .map(o -> o.asLiteral().getLexicalForm())
                .sorted()
                .findFirst();
    }
}
