package org.convene.core.outbox;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.convene.core.domain.Event;
import org.convene.core.reply.Text;

/**
 * What changed about an event, as an outbox row keeps it: instants as epoch seconds and places as the organizer
 * typed them, so the notice is written as reply text whose times each platform shows in the viewer's own zone.
 * A detail written before this form existed is shown as it was stored.
 */
final class ChangeDetail {

    static final String PREFIX = "changes:v1?";
    private static final String TIME = "time";
    private static final String PLACE = "place";
    private static final String LINK = "link";

    private ChangeDetail() {
    }

    /** The changes attendees must hear about (time, place, private link), encoded; empty when nothing did. */
    static String of(Event before, Event after) {
        List<String> parts = new ArrayList<>();
        if (!before.startsAt().equals(after.startsAt()) || !before.endsAt().equals(after.endsAt())) {
            parts.add(TIME + "=" + after.startsAt().getEpochSecond() + "," + before.startsAt().getEpochSecond());
        }
        if (!Objects.equals(before.venue(), after.venue()) || !Objects.equals(before.onlineUrl(), after.onlineUrl())) {
            parts.add(PLACE + "=" + encode(place(after)) + "," + encode(place(before)));
        }
        if (!Objects.equals(before.privateLink(), after.privateLink())) {
            parts.add(LINK + "=1");
        }
        return parts.isEmpty() ? "" : PREFIX + String.join("&", parts);
    }

    /** The changes as reply text, such as "the time is now [instant] (was [instant])". */
    static Text text(String detail) {
        if (!detail.startsWith(PREFIX)) {
            return Text.of(detail);
        }
        Map<String, String[]> changes = read(detail);
        Text.Builder text = Text.builder();
        String separator = "";
        if (changes.containsKey(TIME)) {
            String[] times = changes.get(TIME);
            text.plain("the time is now ").time(Instant.ofEpochSecond(Long.parseLong(times[0]))).plain(" (was ")
                    .time(Instant.ofEpochSecond(Long.parseLong(times[1]))).plain(")");
            separator = "; ";
        }
        if (changes.containsKey(PLACE)) {
            String[] places = changes.get(PLACE);
            text.plain(separator + "the place is now ").plain(decode(places[0])).plain(" (was ")
                    .plain(decode(places[1])).plain(")");
            separator = "; ";
        }
        if (changes.containsKey(LINK)) {
            text.plain(separator + "the private link changed; confirmed attendees get the new one");
        }
        return text.build();
    }

    private static Map<String, String[]> read(String detail) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        if (!detail.startsWith(PREFIX)) {
            return changes;
        }
        for (String part : detail.substring(PREFIX.length()).split("&")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                changes.put(part.substring(0, equals), part.substring(equals + 1).split(",", -1));
            }
        }
        return changes;
    }

    private static String place(Event event) {
        List<String> parts = new ArrayList<>();
        if (event.venue() != null) {
            parts.add(event.venue());
        }
        if (event.onlineUrl() != null) {
            parts.add("online");
        }
        return parts.isEmpty() ? "to be announced" : String.join(" and ", parts);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
