package dev.kg.rdf.validate;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking a graph against kg's shapes, reduced to what a person needs to fix it.
 *
 * @param conforms true when the graph has no SHACL result at all
 * @param findings one per SHACL result, sorted by focus node, path and message
 */
public record ConformanceReport(boolean conforms, List<Finding> findings) {
    public ConformanceReport {
        findings = List.copyOf(findings);
    }

    /**
     * One SHACL result.
     *
     * @param focusNode the node that fails, in prefixed form where a prefix is known
     * @param path      the property path checked, or empty for a node-level constraint
     * @param message   the shape's message (English)
     * @param severity  Violation, Warning or Info
     * @param value     the offending value, or empty
     * @param check     the kind of constraint that failed (minCount, class, node, sparql…), which tells
     *                  apart two findings that share a message
     */
    public record Finding(String focusNode, String path, String message, String severity, String value,
                          String check) {
        public Finding {
            Objects.requireNonNull(focusNode, "focusNode");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(check, "check");
        }

        public boolean isViolation() {
            return VIOLATION.equals(severity);
        }

        /** {@code [Violation] focus  path: message (value: v) [check]}. */
        public String line() {
            StringBuilder sb = new StringBuilder("[").append(severity).append("] ").append(focusNode);
            if (!path.isEmpty()) {
                sb.append("  ").append(path);
            }
            sb.append(": ").append(message);
            if (!value.isEmpty()) {
                sb.append(" (value: ").append(value).append(')');
            }
            if (!check.isEmpty()) {
                sb.append(" [").append(check).append(']');
            }
            return sb.toString();
        }
    }

    public static final String VIOLATION = "Violation";

    public long violationCount() {
        return findings.stream().filter(Finding::isViolation).count();
    }

    public List<String> lines() {
        return findings.stream().map(Finding::line).toList();
    }
}
