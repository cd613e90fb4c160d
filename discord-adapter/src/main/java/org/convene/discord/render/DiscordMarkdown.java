package org.convene.discord.render;

import java.util.Locale;
import java.util.regex.Pattern;
import org.convene.core.reply.Span;
import org.convene.core.reply.Text;

/**
 * Writes reply text as Discord markdown: user text escaped and unable to ping, instants as {@code <t:…:F>} so each
 * viewer sees their own local time, and truncation to Discord's limits with an ellipsis.
 */
public final class DiscordMarkdown {

    private static final String ZERO_WIDTH_SPACE = "\u200B";
    private static final String ALWAYS_ESCAPED = "\\*_~`|[]<";
    private static final String LINE_START_ESCAPED = "-+>";
    private static final Pattern ORDERED_ITEM = Pattern.compile("(?m)^(\\s*\\d+)\\.");
    private static final Pattern HEADING = Pattern.compile("(?m)^(\\s*)(#+\\s)");
    private static final Pattern SAFE_URL = Pattern.compile("https?://[^\\s()<>]+", Pattern.CASE_INSENSITIVE);

    private DiscordMarkdown() {
    }

    /** The text as markdown, every user-given part escaped. */
    public static String write(Text text) {
        StringBuilder out = new StringBuilder();
        for (Span span : text.spans()) {
            switch (span) {
                case Span.Plain plain -> out.append(escape(plain.text()));
                case Span.Strong strong -> out.append("**").append(escape(strong.text())).append("**");
                case Span.Time time -> out.append(timestamp(time));
                case Span.Link link -> out.append(link(link));
                case Span.Code code -> out.append('`').append(neutralize(code.text().replace('`', '\''))).append('`');
            }
        }
        return out.toString();
    }

    /**
     * User text shown as the text typed: every markdown character (emphasis, code, spoilers, quotes, masked links
     * {@code [text](url)}, headings {@code #}, subtext {@code -#}, lists, timestamps and emoji in {@code <…>}) is
     * escaped with a backslash, which Discord shows as the character itself, and no {@code @everyone}, user, role
     * or channel mention can ping.
     */
    public static String escape(String userText) {
        StringBuilder out = new StringBuilder(userText.length() + 16);
        boolean lineStart = true;
        for (int index = 0; index < userText.length(); index++) {
            char character = userText.charAt(index);
            if (ALWAYS_ESCAPED.indexOf(character) >= 0 || lineStart && LINE_START_ESCAPED.indexOf(character) >= 0) {
                out.append('\\');
            }
            out.append(character);
            lineStart = character == '\n' || lineStart && Character.isWhitespace(character);
        }
        String lines = ORDERED_ITEM.matcher(out).replaceAll("$1\\\\.");
        return neutralize(HEADING.matcher(lines).replaceAll("$1\\\\$2"));
    }

    /** Breaks every mention: {@code @everyone}, {@code @here}, {@code <@…>}, {@code <@&…>}, {@code <#…>}. */
    static String neutralize(String text) {
        return text.replace("@", "@" + ZERO_WIDTH_SPACE).replace("<#", "<" + ZERO_WIDTH_SPACE + "#");
    }

    /** The text cut to {@code limit} characters, ending in an ellipsis when it was longer. */
    public static String truncate(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        String cut = text.substring(0, limit - 1);
        if (Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
            cut = cut.substring(0, cut.length() - 1);
        }
        while (cut.endsWith("\\")) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static String timestamp(Span.Time time) {
        return String.format(Locale.ROOT, "<t:%d:%s>", time.instant().getEpochSecond(), time.withDate() ? "F" : "t");
    }

    private static String link(Span.Link link) {
        String label = escape(link.label());
        if (SAFE_URL.matcher(link.url()).matches()) {
            return "[" + label + "](" + link.url() + ")";
        }
        return label + " (" + escape(link.url()) + ")";
    }
}
