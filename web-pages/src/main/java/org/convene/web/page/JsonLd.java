package org.convene.web.page;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The schema.org {@code Event} of an event page, as JSON safe inside a {@code <script>} element: every {@code <},
 * {@code >}, {@code &} and line separator is written as a {@code \\u} escape, so no text can close the element.
 */
final class JsonLd {

    private JsonLd() {
    }

    static String event(EventView event, String pageUrl) {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "Event");
        json.put("name", event.title());
        json.put("description", event.description());
        json.put("startDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                event.startsAt().atZone(event.community().zone())));
        json.put("endDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                event.endsAt().atZone(event.community().zone())));
        json.put("eventStatus", event.cancelled() ? "https://schema.org/EventCancelled"
                : "https://schema.org/EventScheduled");
        boolean inPerson = event.venue().isPresent();
        json.put("eventAttendanceMode", inPerson && event.online() ? "https://schema.org/MixedEventAttendanceMode"
                : inPerson ? "https://schema.org/OfflineEventAttendanceMode"
                : "https://schema.org/OnlineEventAttendanceMode");
        List<Object> locations = new ArrayList<>();
        event.venue().ifPresent(venue -> locations.add(Map.of("@type", "Place", "name", venue)));
        if (event.online()) {
            locations.add(Map.of("@type", "VirtualLocation", "url", pageUrl));
        }
        json.put("location", locations.size() == 1 ? locations.get(0) : locations);
        json.put("organizer", Map.of("@type", "Organization", "name", event.community().name()));
        json.put("url", pageUrl);
        StringBuilder out = new StringBuilder();
        write(json, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        switch (value) {
            case Map<?, ?> map -> {
                out.append('{');
                String separator = "";
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(separator);
                    string(entry.getKey().toString(), out);
                    out.append(':');
                    write(entry.getValue(), out);
                    separator = ",";
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int index = 0; index < list.size(); index++) {
                    out.append(index == 0 ? "" : ",");
                    write(list.get(index), out);
                }
                out.append(']');
            }
            default -> string(value.toString(), out);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            switch (character) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (character < 0x20 || character == '<' || character == '>' || character == '&'
                            || character == '\u2028' || character == '\u2029') {
                        out.append(String.format("\\u%04x", (int) character));
                    } else {
                        out.append(character);
                    }
                }
            }
        }
        out.append('"');
    }
}
