package org.convene.core.reply;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Renders replies as plain text for the console: times in the community's zone, buttons as the command to type. */
public final class PlainTextRenderer {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEE MMM d, h:mm a z", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

    private final ZoneId zone;

    public PlainTextRenderer(ZoneId zone) {
        this.zone = requireNonNull(zone, "zone");
    }

    public String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        if (!reply.text().isEmpty()) {
            out.append(reply.failed() ? "! " : "").append(render(reply.text())).append('\n');
        }
        for (Card card : reply.cards()) {
            out.append('\n').append("  ").append(card.title()).append('\n');
            String body = render(card.body());
            if (!body.isBlank()) {
                out.append(indent(body)).append('\n');
            }
            for (Field field : card.fields()) {
                out.append(indent(field.name() + ": " + render(field.value()))).append('\n');
            }
            if (!card.buttons().isEmpty()) {
                out.append("    ");
                card.buttons().forEach(button -> out.append('[').append(button.label()).append(": /meetup ")
                        .append(button.command()).append("] "));
                out.setLength(out.length() - 1);
                out.append('\n');
            }
        }
        reply.attachment().ifPresent(file -> out.append("\n--- ").append(file.fileName()).append(" ---\n")
                .append(file.content()));
        return out.toString();
    }

    public String render(Text text) {
        StringBuilder out = new StringBuilder();
        for (Span span : text.spans()) {
            switch (span) {
                case Span.Plain plain -> out.append(plain.text());
                case Span.Strong strong -> out.append(strong.text());
                case Span.Time time -> out.append((time.withDate() ? DATE_TIME : TIME)
                        .format(time.instant().atZone(zone)));
                case Span.Link link -> out.append(link.label().equals(link.url()) ? link.url()
                        : link.label() + " <" + link.url() + ">");
                case Span.Code code -> out.append('`').append(code.text()).append('`');
            }
        }
        return out.toString();
    }

    private static String indent(String text) {
        return "    " + text.replace("\n", "\n    ");
    }
}
