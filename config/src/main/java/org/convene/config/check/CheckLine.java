package org.convene.config.check;

import static java.util.Objects.requireNonNull;

/**
 * One line of {@code convene check}: what was checked, how it went and what was found. The detail never carries a
 * secret: checks name addresses without their query and tokens not at all.
 */
public record CheckLine(Outcome outcome, String subject, String detail) {

    /** How a check went: passed, not applicable with these settings, or failed. */
    public enum Outcome {
        OK("ok"), SKIPPED("skip"), FAILED("FAIL");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    public CheckLine {
        requireNonNull(outcome, "outcome");
        requireNonNull(subject, "subject");
        requireNonNull(detail, "detail");
    }

    public static CheckLine ok(String subject, String detail) {
        return new CheckLine(Outcome.OK, subject, detail);
    }

    public static CheckLine skipped(String subject, String detail) {
        return new CheckLine(Outcome.SKIPPED, subject, detail);
    }

    public static CheckLine failed(String subject, String detail) {
        return new CheckLine(Outcome.FAILED, subject, detail);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }

    @Override
    public String toString() {
        return String.format("%-4s %s: %s", outcome.label, subject, detail.replaceAll("[\\r\\n]+", " "));
    }

    /** An address as it may be shown: without its query (where tokens and passwords hide) or user information. */
    static String shown(String address) {
        String withoutQuery = address.contains("?") ? address.substring(0, address.indexOf('?')) : address;
        return withoutQuery.replaceFirst("//[^/@]*@", "//");
    }
}
