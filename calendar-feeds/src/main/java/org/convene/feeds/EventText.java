package org.convene.feeds;

import java.util.ArrayList;
import java.util.List;
import org.convene.core.domain.ChannelRef;
import org.convene.core.programme.EventListing;
import org.convene.core.programme.PublicEvent;

/** The words a calendar entry says about an event beyond its title: description, seats, group, where to answer. */
final class EventText {

    private EventText() {
    }

    /** The lines of an event's description in a feed, the cancellation first. */
    static List<String> lines(EventListing listing) {
        PublicEvent event = listing.event();
        List<String> lines = new ArrayList<>();
        if (event.cancelled()) {
            lines.add("Cancelled" + event.cancelReason().map(reason -> ": " + reason).orElse("."));
        }
        if (!event.description().isBlank()) {
            lines.add(event.description());
        }
        lines.add("Group: " + event.groupName());
        event.seatsLeft().ifPresent(left -> lines.add(left == 0
                ? "Full; " + event.waitlistLength() + " on the waitlist." : left + " seats left."));
        event.onlineUrl().ifPresent(address -> lines.add("Online: " + address));
        if (!listing.organizers().isEmpty()) {
            lines.add("Organized by " + String.join(", ", listing.organizers()) + ".");
        }
        if (!listing.answerIn().isEmpty()) {
            lines.add("Answer with /meetup rsvp " + event.id() + " on " + String.join(" or ", listing.answerIn()
                    .stream().map(ChannelRef::platform).distinct().map(platform -> platform.displayName()).toList())
                    + ".");
        }
        return lines;
    }

    /** Where the event happens, as a calendar's LOCATION: the venue, else "Online" for an online event. */
    static String location(PublicEvent event) {
        return event.venue().orElse(event.online() ? "Online" : "");
    }
}
