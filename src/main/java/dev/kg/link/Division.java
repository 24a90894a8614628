package dev.kg.link;

import java.util.Locale;
import java.util.Objects;

/**
 * One administrative division of China as listed in the gazetteer.
 *
 * @param code       six-digit division code (GB/T 2260 style), e.g. {@code 320300}
 * @param name       official full name, e.g. {@code 扬州市}
 * @param shortName  conventional short name, e.g. {@code 扬州}; equal to {@code name} when there is none
 * @param level      province, prefecture or county level
 * @param parentCode code of the enclosing division, empty for provinces
 */
public record Division(String code, String name, String shortName, Level level, String parentCode) {

    /** The three levels of the gazetteer; municipalities (北京, 上海, 天津, 重庆) are provinces. */
    public enum Level {
        PROVINCE, PREFECTURE, COUNTY;

        /** The level as written in the data file: {@code province}, {@code prefecture}, {@code county}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Level fromLabel(String label) {
            for (Level level : values()) {
                if (level.label().equals(label)) {
                    return level;
                }
            }
            throw new IllegalArgumentException(
                    "unknown level '" + label + "' (expected province, prefecture or county)");
        }
    }

    public Division {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(parentCode, "parentCode");
    }

    public boolean hasParent() {
        return !parentCode.isEmpty();
    }
}
