package dev.kg.cli;

import dev.kg.convert.ConvertOptions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Options of every command that converts articles: the IRI namespace and the publication date. Public
 * for the Spark job (the {@code spark/} module), which takes the same options as a picocli mixin.
 */
public final class ArticleOptions {
    @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Publication date of the article(s); gives a year to dates the text states without one.")
    LocalDate published;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = ConvertOptions.DEFAULT_BASE,
            converter = BaseConverter.class,
            description = "Namespace of the IRIs minted for articles and what they mention; "
                    + "an absolute IRI ending in / or # (default: ${DEFAULT-VALUE}).")
    String base;

    public ConvertOptions toOptions() {
        return new ConvertOptions(base, Optional.ofNullable(published));
    }

    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date YYYY-MM-DD (e.g. 2005-09-14)");
            }
        }
    }

    static final class BaseConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            IRIx iri;
            try {
                iri = IRIx.create(value);
            } catch (IRIException e) {
                throw new TypeConversionException("'" + value + "' is not an IRI: " + e.getMessage());
            }
            if (!iri.isAbsolute()) {
                throw new TypeConversionException("'" + value + "' is not an absolute IRI"
                        + " (give a scheme, e.g. https://example.org/id/)");
            }
            if (!(value.endsWith("/") || value.endsWith("#"))) {
                throw new TypeConversionException("'" + value + "' must end with '/' or '#'"
                        + " (IRIs are minted by appending to it, e.g. https://example.org/id/)");
            }
            return value;
        }
    }
}
