package org.convene.core.command;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.core.domain.Refusal;
import org.natty.DateGroup;
import org.natty.Parser;

/**
 * Reads the times people type, in the community's zone: exact forms ({@code 2026-12-03 18:00}) by java.time, natural
 * ones ({@code Dec 3 6pm}, {@code tomorrow 18:30}, {@code next thursday 6pm}) by natty, relative to an injected now.
 * Text natty cannot read whole is refused rather than half-understood.
 */
public final class TimeReader {

    private static final List<DateTimeFormatter> EXACT = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm", Locale.ENGLISH));
    private static final Pattern DURATION = Pattern.compile("(?:(\\d{1,3})\\s*h(?:ours?|rs?)?)?\\s*"
            + "(?:(\\d{1,4})\\s*m(?:in(?:utes?|s)?)?)?", Pattern.CASE_INSENSITIVE);

    private TimeReader() {
    }

    /** The instant {@code typed} names, read in {@code zone} relative to {@code now}; {@code what} names the field. */
    public static Instant read(String typed, String what, ZoneId zone, Instant now) {
        String text = typed.strip();
        for (DateTimeFormatter format : EXACT) {
            try {
                return LocalDateTime.parse(text, format).atZone(zone).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            throw Refusal.invalid("I could not read " + what + "=\"" + typed + "\" as a date and time; type it like "
                    + "2026-12-03 18:00.");
        }
        List<DateGroup> groups = new Parser(TimeZone.getTimeZone(zone)).parse(text, Date.from(now));
        if (groups.size() != 1 || groups.getFirst().getDates().size() != 1
                || !covers(groups.getFirst().getText(), text)) {
            throw Refusal.invalid("I could not read " + what + "=\"" + typed + "\" as a time; type it like "
                    + "2026-12-03 18:00, Dec 3 6pm, tomorrow 18:30 or next thursday 6pm.");
        }
        DateGroup group = groups.getFirst();
        if (group.isTimeInferred()) {
            throw Refusal.invalid("I read " + what + "=\"" + typed + "\" as a day but found no time of day; add one, "
                    + "like \"" + typed + " 6pm\".");
        }
        return group.getDates().getFirst().toInstant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }

    /** A length of time such as {@code 2h}, {@code 90m} or {@code 1h30m}, typed as {@code for=}. */
    public static Duration duration(String typed) {
        return duration(typed, "for");
    }

    /** A length of time typed as the option {@code key}. */
    public static Duration duration(String typed, String key) {
        Matcher matcher = DURATION.matcher(typed.strip());
        if (typed.isBlank() || !matcher.matches() || (matcher.group(1) == null && matcher.group(2) == null)) {
            throw Refusal.invalid("I could not read " + key + "=\"" + typed + "\" as a length of time; type it "
                    + "like 2h, 90m or 1h30m.");
        }
        Duration duration = Duration.ofHours(matcher.group(1) == null ? 0 : Integer.parseInt(matcher.group(1)))
                .plusMinutes(matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2)));
        if (duration.isZero() || duration.compareTo(Duration.ofDays(14)) > 0) {
            throw Refusal.invalid(key + "=" + typed + " must be longer than nothing and at most two weeks.");
        }
        return duration;
    }

    private static boolean covers(String matched, String typed) {
        return normalize(matched).equals(normalize(typed));
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s,.]+", " ").strip();
    }
}
