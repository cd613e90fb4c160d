package org.convene.feeds;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.convene.core.programme.CalendarWindow;
import org.convene.core.programme.EventListing;
import org.convene.core.programme.PersonalCalendar;
import org.convene.core.programme.PersonalEntry;
import org.convene.core.programme.PublicAddresses;
import org.convene.core.programme.PublicEvent;

/**
 * Writes calendar feeds with ical4j: one VTIMEZONE per zone used, and per event a UID stable for its life
 * ({@code event-<id>@<public host>}), its SEQUENCE, LAST-MODIFIED (also the DTSTAMP, so equal content gives equal
 * bytes), STATUS, LOCATION, DESCRIPTION and a URL to its page.
 */
final class CalendarWriter {

    private static final ProdId PRODUCT = new ProdId("-//Convene//Meetup calendar//EN");

    private final PublicAddresses addresses;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    CalendarWriter(PublicAddresses addresses) {
        this.addresses = requireNonNull(addresses, "addresses");
    }

    /** A community's or a group's public feed. */
    String write(CalendarWindow window) {
        String name = window.group().map(group -> group.name() + " (" + window.community().name() + ")")
                .orElse(window.community().name());
        Calendar calendar = calendar(name, window.community().zone(),
                window.events().stream().map(listing -> listing.event().zone()).toList());
        String key = window.community().key();
        for (EventListing listing : window.events()) {
            calendar.add(event(listing, listing.event().title(), status(listing.event(), true),
                    Optional.of(addresses.event(key, listing.event().id())), EventText.lines(listing),
                    listing.event().lastModified()));
        }
        return text(calendar);
    }

    /** A member's personal feed; the private link appears where the entry carries it, and nowhere else. */
    String write(PersonalCalendar personal) {
        Calendar calendar = calendar("My meetups (" + personal.community().name() + ")", personal.community().zone(),
                personal.entries().stream().map(entry -> entry.listing().event().zone()).toList());
        for (PersonalEntry entry : personal.entries()) {
            PublicEvent event = entry.listing().event();
            List<String> lines = new java.util.ArrayList<>();
            lines.add(standing(entry));
            entry.privateLink().ifPresent(link -> lines.add("Your link to join: " + link));
            lines.addAll(EventText.lines(entry.listing()));
            Optional<String> page = personal.communityPublic()
                    ? Optional.of(addresses.event(personal.community().key(), event.id())) : Optional.empty();
            calendar.add(event(entry.listing(), event.title() + suffix(entry), status(event, entry.confirmed()),
                    page, lines, event.lastModified()));
        }
        return text(calendar);
    }

    private Calendar calendar(String name, ZoneId home, List<ZoneId> eventZones) {
        Calendar calendar = new Calendar();
        calendar.add(PRODUCT);
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", home.getId()));
        Set<ZoneId> used = new LinkedHashSet<>();
        used.add(home);
        used.addAll(eventZones);
        used.stream().map(zone -> zones.getTimeZone(zone.getId())).filter(java.util.Objects::nonNull)
                .forEach(zone -> calendar.add(zone.getVTimeZone()));
        return calendar;
    }

    private VEvent event(EventListing listing, String summary, Status status, Optional<String> page,
                         List<String> lines, Instant modified) {
        PublicEvent event = listing.event();
        VEvent entry = new VEvent(false);
        entry.add(new DtStart<>(zoned(event.zone()), event.startsAt().atZone(event.zone()).toLocalDateTime()));
        entry.add(new DtEnd<>(zoned(event.zone()), event.endsAt().atZone(event.zone()).toLocalDateTime()));
        entry.add(new Summary(summary));
        entry.add(new Uid("event-" + event.id() + "@" + addresses.host()));
        entry.add(new DtStamp(modified));
        entry.add(new LastModified(modified));
        entry.add(new Sequence(event.sequence()));
        entry.add(status);
        String location = EventText.location(event);
        if (!location.isEmpty()) {
            entry.add(new Location(location));
        }
        entry.add(new Description(String.join("\n", lines)));
        page.map(URI::create).map(Url::new).ifPresent(entry::add);
        return entry;
    }

    /**
     * A TZID naming the zone, for a local date-time the JDK's rules computed: ical4j 4.2.2's own rules, built from
     * its VTIMEZONE, put 2027-03-11 in New York in daylight time (three days early), so it never converts.
     */
    private static ParameterList zoned(ZoneId zone) {
        return new ParameterList(List.of(new TzId(zone.getId())));
    }

    private static Status status(PublicEvent event, boolean certain) {
        if (event.cancelled()) {
            return ImmutableStatus.VEVENT_CANCELLED;
        }
        return certain ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_TENTATIVE;
    }

    private static String standing(PersonalEntry entry) {
        return switch (entry.answer()) {
            case GOING -> entry.confirmed() ? "You are going." : "You are on the waitlist.";
            case MAYBE -> "You might go.";
            case NOT_GOING -> "You are not going.";
        };
    }

    private static String suffix(PersonalEntry entry) {
        if (entry.confirmed()) {
            return "";
        }
        return entry.answer() == org.convene.core.domain.Answer.MAYBE ? " (maybe)" : " (waitlisted)";
    }

    private static String text(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }
}
