package dev.kg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An organization or place of a gold file: its fullest zh-Hans name and the other forms the article
 * uses or that context resolution yields. A scorer accepts the name or any alias.
 */
public record GoldEntity(String name, List<String> aliases) {
    public GoldEntity {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }

    /** The name, then the aliases. */
    public List<String> names() {
        List<String> names = new ArrayList<>(List.of(name));
        names.addAll(aliases);
        return List.copyOf(names);
    }

    /** True when {@code candidate} is this entity's name or one of its aliases. */
    public boolean isNamed(String candidate) {
        return name.equals(candidate) || aliases.contains(candidate);
    }
}
