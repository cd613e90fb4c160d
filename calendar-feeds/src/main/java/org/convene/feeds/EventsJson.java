package org.convene.feeds;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import org.convene.core.programme.CommunityProgramme;
import org.convene.core.programme.EventListing;
import org.convene.core.programme.PublicAddresses;
import org.convene.core.programme.PublicEvent;

/**
 * The read-only JSON list of a community's upcoming events, for embedding in another website: times as ISO-8601
 * with the offset of the event's zone, seats, the event's page and the community's feeds.
 */
final class EventsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PublicAddresses addresses;

    EventsJson(PublicAddresses addresses) {
        this.addresses = requireNonNull(addresses, "addresses");
    }

    String write(CommunityProgramme programme) {
        String key = programme.community().key();
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode community = root.putObject("community");
        community.put("name", programme.community().name());
        community.put("timeZone", programme.community().zone().getId());
        community.put("url", addresses.community(key));
        community.put("calendar", addresses.communityCalendar(key));
        community.put("webcal", PublicAddresses.webcal(addresses.communityCalendar(key)));
        ArrayNode events = root.putArray("events");
        programme.upcoming().forEach(listing -> event(events.addObject(), listing, key));
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of plain values always writes", impossible);
        }
    }

    private void event(ObjectNode node, EventListing listing, String key) {
        PublicEvent event = listing.event();
        node.put("id", event.id());
        node.put("title", event.title());
        node.put("description", event.description());
        node.put("group", event.groupSlug());
        node.put("groupName", event.groupName());
        node.put("start", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.startsAt().atZone(event.zone())));
        node.put("end", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.endsAt().atZone(event.zone())));
        node.put("timeZone", event.zone().getId());
        node.put("venue", event.venue().orElse(null));
        node.put("online", event.online());
        node.put("onlineUrl", event.onlineUrl().orElse(null));
        node.put("capacity", event.capacity().orElse(null));
        node.put("seatsLeft", event.seatsLeft().orElse(null));
        node.put("waitlist", event.waitlistLength());
        node.put("cancelled", event.cancelled());
        node.put("series", event.seriesId().isPresent());
        ArrayNode organizers = node.putArray("organizers");
        listing.organizers().forEach(organizers::add);
        node.put("url", addresses.event(key, event.id()));
    }
}
