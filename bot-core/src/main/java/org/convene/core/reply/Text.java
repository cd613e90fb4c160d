package org.convene.core.reply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A line or paragraph of reply text, built span by span. */
public record Text(List<Span> spans) {

    public Text {
        spans = List.copyOf(spans);
    }

    public static Text of(String plain) {
        return new Text(List.of(new Span.Plain(plain)));
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isEmpty() {
        return spans.isEmpty();
    }

    /** The text without formatting, times in ISO form: for logs and tests. */
    public String plain() {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            switch (span) {
                case Span.Plain plain -> out.append(plain.text());
                case Span.Strong strong -> out.append(strong.text());
                case Span.Time time -> out.append(time.instant());
                case Span.Link link -> out.append(link.label()).append(" (").append(link.url()).append(')');
                case Span.Code code -> out.append(code.text());
            }
        }
        return out.toString();
    }

    /** Builds a text from spans. */
    public static final class Builder {
        private final List<Span> spans = new ArrayList<>();

        public Builder plain(String text) {
            spans.add(new Span.Plain(text));
            return this;
        }

        public Builder strong(String text) {
            spans.add(new Span.Strong(text));
            return this;
        }

        public Builder time(Instant instant) {
            spans.add(new Span.Time(instant, true));
            return this;
        }

        public Builder timeOfDay(Instant instant) {
            spans.add(new Span.Time(instant, false));
            return this;
        }

        public Builder link(String label, String url) {
            spans.add(new Span.Link(label, url));
            return this;
        }

        public Builder code(String text) {
            spans.add(new Span.Code(text));
            return this;
        }

        public Builder text(Text text) {
            spans.addAll(text.spans());
            return this;
        }

        public Text build() {
            return new Text(spans);
        }
    }
}
