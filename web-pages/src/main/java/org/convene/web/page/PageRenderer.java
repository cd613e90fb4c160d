package org.convene.web.page;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.core.programme.PublicPaths;

/**
 * Turns the public views into HTML: each page in the common layout, times in the community's zone inside
 * {@code <time datetime>} (the script adds the reader's zone), the event page with its schema.org JSON-LD.
 */
public final class PageRenderer {

    private final PageTemplates templates = new PageTemplates();

    /** The community page. */
    public String community(CommunityView community) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", community.name());
        body.put("groups", community.groups().stream().map(group -> groupCard(community, group)).toList());
        body.put("upcoming", items(community, community.upcoming()));
        return page(community, community.name(), templates.community(body), List.of(), "");
    }

    /** A group's page. */
    public String group(GroupView group) {
        CommunityView community = group.community();
        Map<String, Object> body = new HashMap<>();
        body.put("name", group.name());
        body.put("description", group.description());
        body.put("membersText", members(group.members()));
        body.put("organizersText", String.join(", ", group.organizers()));
        body.put("upcoming", items(community, group.upcoming()));
        body.put("past", items(community, group.past()));
        return page(community, group.name() + " · " + community.name(), templates.group(body),
                List.of(crumb(group.name(), PublicPaths.group(community.key(), group.slug()))), "");
    }

    /** An event's page; {@code pageUrl} is its absolute address, for the JSON-LD. */
    public String event(EventView event, String pageUrl) {
        CommunityView community = event.community();
        ZoneId zone = community.zone();
        Map<String, Object> body = new HashMap<>();
        body.put("title", event.title());
        body.put("cancelled", event.cancelled());
        body.put("cancelReason", event.cancelReason().orElse(""));
        body.put("startIso", event.startsAt().toString());
        body.put("when", PageTimes.when(event.startsAt(), zone));
        body.put("length", PageTimes.length(event.startsAt(), event.endsAt()));
        body.put("where", where(event));
        body.put("seats", seats(event));
        body.put("groupName", event.groupName());
        body.put("groupHref", PublicPaths.group(community.key(), event.groupSlug()));
        body.put("organizersText", String.join(", ", event.organizers()));
        body.put("series", event.series().orElse(""));
        body.put("description", event.description());
        body.put("answerIn", event.answerIn().stream()
                .map(place -> Map.of("platform", place.platform(), "link", place.link().toString())).toList());
        body.put("calendarHref", PublicPaths.eventCalendar(community.key(), event.id()));
        return page(community, event.title() + " · " + community.name(), templates.event(body),
                List.of(crumb(event.groupName(), PublicPaths.group(community.key(), event.groupSlug())),
                        crumb(event.title(), PublicPaths.event(community.key(), event.id()))),
                JsonLd.event(event, pageUrl));
    }

    /** The embed: the community's next events, each linking to its page in a new window. */
    public String embed(CommunityView community, int limit) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", community.name());
        body.put("zone", community.zone().getId());
        body.put("communityHref", PublicPaths.community(community.key()));
        body.put("upcoming", items(community, community.upcoming().stream().limit(limit).toList()));
        return templates.embed(body);
    }

    private String page(CommunityView community, String title, String body, List<Map<String, String>> trail,
                        String jsonLd) {
        Map<String, Object> layout = new HashMap<>();
        layout.put("title", title);
        layout.put("zone", community.zone().getId());
        layout.put("body", body);
        layout.put("jsonLd", jsonLd);
        List<Map<String, String>> crumbs = new java.util.ArrayList<>();
        crumbs.add(crumb(community.name(), PublicPaths.community(community.key())));
        crumbs.addAll(trail);
        layout.put("crumbs", crumbs);
        return templates.layout(layout);
    }

    private static Map<String, Object> groupCard(CommunityView community, GroupSummary group) {
        Map<String, Object> card = new HashMap<>();
        card.put("name", group.name());
        card.put("href", PublicPaths.group(community.key(), group.slug()));
        card.put("description", group.description());
        card.put("membersText", members(group.members()));
        card.put("organizersText", String.join(", ", group.organizers()));
        card.put("next", group.nextEvent().map(next -> List.of(item(community, next))).orElse(List.of()));
        return card;
    }

    private static List<Map<String, Object>> items(CommunityView community, List<EventSummary> events) {
        return events.stream().map(event -> item(community, event)).toList();
    }

    private static Map<String, Object> item(CommunityView community, EventSummary event) {
        return Map.of("title", event.title(), "href", PublicPaths.event(community.key(), event.id()),
                "iso", event.startsAt().toString(), "when", PageTimes.when(event.startsAt(), community.zone()),
                "groupName", event.groupName(), "cancelled", event.cancelled());
    }

    private static Map<String, String> crumb(String label, String href) {
        return Map.of("label", label, "href", href);
    }

    private static String members(int members) {
        return members == 1 ? "1 member" : members + " members";
    }

    private static String where(EventView event) {
        Optional<String> venue = event.venue();
        if (venue.isPresent()) {
            return event.online() ? venue.get() + ", and online" : venue.get();
        }
        return event.online() ? "Online" : "To be announced";
    }

    private static String seats(EventView event) {
        if (event.seatsLeft().isEmpty()) {
            return "No limit";
        }
        int left = event.seatsLeft().get();
        if (left > 0) {
            return left == 1 ? "1 seat left" : left + " seats left";
        }
        return event.waitlist() == 0 ? "Full; answer to join the waitlist"
                : "Full; " + event.waitlist() + (event.waitlist() == 1 ? " person" : " people") + " on the waitlist";
    }
}
