package org.convene.slack.render;

import java.time.format.DateTimeFormatter;
import org.convene.core.reply.Span;
import org.convene.core.reply.Text;

/**
 * Writes reply text as Slack mrkdwn: user text escaped (so no mention, broadcast or link can be injected), times as
 * {@code <!date^...>} tokens that every viewer sees in local time.
 */
public final class Mrkdwn {

    private static final DateTimeFormatter FALLBACK = DateTimeFormatter.ISO_INSTANT;

    private Mrkdwn() {
    }

    /** The text as mrkdwn. */
    public static String of(Text text) {
        StringBuilder out = new StringBuilder();
        for (Span span : text.spans()) {
            switch (span) {
                case Span.Plain plain -> out.append(escape(plain.text()));
                case Span.Strong strong -> out.append(emphasis(strong.text(), '*'));
                case Span.Code code -> out.append(emphasis(code.text().replace("`", "'"), '`'));
                case Span.Link link -> out.append('<').append(escapeUrl(link.url())).append('|')
                        .append(escape(link.label()).replace("|", "¦")).append('>');
                case Span.Time time -> out.append(time(time));
            }
        }
        return out.toString();
    }

    /** Escapes the three characters Slack treats as control characters, which also defuses @channel and links. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String emphasis(String text, char mark) {
        String inner = escape(text).strip();
        return inner.isEmpty() ? "" : mark + inner + mark;
    }

    private static String escapeUrl(String url) {
        return url.replace("<", "%3C").replace(">", "%3E").replace("|", "%7C").replace(" ", "%20");
    }

    private static String time(Span.Time time) {
        String format = time.withDate() ? "{date_short_pretty} {time}" : "{time}";
        return "<!date^" + time.instant().getEpochSecond() + "^" + format + "|"
                + FALLBACK.format(time.instant()) + ">";
    }
}
