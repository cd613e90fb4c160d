package org.convene.web.page;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A small public programme held in memory, for tests of the rendering alone: one community with one group, an
 * upcoming event (whose title is given, so a test can make it hostile), a cancelled one and a past one.
 */
final class FixedPageSource implements PageSource {

    static final String KEY = "k3ylibrarycouncil";
    static final long UPCOMING = 41;
    static final long CANCELLED = 42;
    static final long PAST = 40;

    private final String title;
    private final CommunityView community;
    private final GroupView group;

    FixedPageSource(String title) {
        this.title = title;
        ZoneId zone = ZoneId.of("America/New_York");
        EventSummary upcoming = new EventSummary(UPCOMING, title, Instant.parse("2026-12-03T23:00:00Z"),
                "Code4Lib NYC", false);
        EventSummary cancelled = new EventSummary(CANCELLED, "Metadata night", Instant.parse("2026-12-10T23:00:00Z"),
                "Code4Lib NYC", true);
        EventSummary past = new EventSummary(PAST, "Autumn social", Instant.parse("2026-10-01T22:00:00Z"),
                "Code4Lib NYC", false);
        GroupSummary summary = new GroupSummary("code4libnyc", "Code4Lib NYC",
                "Library technologists in New York.\nAll welcome.", List.of("Ada Organizer"), 12,
                Optional.of(upcoming));
        this.community = new CommunityView(KEY, "Library Council", zone, List.of(summary),
                List.of(upcoming, cancelled));
        this.group = new GroupView(community, "code4libnyc", "Code4Lib NYC", summary.description(),
                summary.organizers(), 12, List.of(upcoming, cancelled), List.of(past));
    }

    @Override
    public Optional<CommunityView> community(String communityKey) {
        return KEY.equals(communityKey) ? Optional.of(community) : Optional.empty();
    }

    @Override
    public Optional<GroupView> group(String communityKey, String groupSlug) {
        return KEY.equals(communityKey) && group.slug().equals(groupSlug) ? Optional.of(group) : Optional.empty();
    }

    @Override
    public Optional<EventView> event(String communityKey, long eventId) {
        if (!KEY.equals(communityKey) || (eventId != UPCOMING && eventId != CANCELLED && eventId != PAST)) {
            return Optional.empty();
        }
        boolean cancelled = eventId == CANCELLED;
        return Optional.of(new EventView(community, "code4libnyc", "Code4Lib NYC", eventId,
                eventId == UPCOMING ? title : cancelled ? "Metadata night" : "Autumn social",
                "Bring a laptop.\n" + title, Instant.parse("2026-12-03T23:00:00Z"),
                Instant.parse("2026-12-04T01:00:00Z"), Optional.of("Room 2, 5th Ave Library"), true,
                Optional.of(cancelled ? 0 : 3), cancelled ? 2 : 0, List.of("Ada Organizer"),
                Optional.of("every other week"), cancelled, cancelled ? Optional.of("Snow storm") : Optional.empty(),
                List.of(ChatPlace.discord("81384788765712384", "81384788765712385"),
                        ChatPlace.slack("T012AB3C4", "C0123456"))));
    }

    @Override
    public Optional<String> eventCalendar(String communityKey, long eventId) {
        return event(communityKey, eventId).map(event -> "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:event-" + eventId + "@convene\r\nDTSTAMP:20261101T000000Z\r\n"
                + "DTSTART:20261203T230000Z\r\nSUMMARY:Meetup\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    }
}
