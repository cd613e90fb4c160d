package org.convene.core.programme;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.convene.core.port.ProgrammeRepository;
import org.convene.core.port.ProgrammeRepository.KeyedCommunity;

/**
 * The read model of a community's public face, by its public key: its page, a group's page, an event's page and the
 * windows of its calendar feeds. Every answer is empty for an unknown key and for a community an admin made private.
 */
public final class PublicProgramme {

    /** How far back calendar feeds reach, so that clients see recent cancellations and changes. */
    public static final Duration FEED_HISTORY = Duration.ofDays(30);
    static final int UPCOMING_LIMIT = 200;
    static final int PAST_LIMIT = 50;
    static final int FEED_LIMIT = 500;
    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,64}");

    private final ProgrammeRepository programme;
    private final Clock clock;

    @Inject
    public PublicProgramme(ProgrammeRepository programme, Clock clock) {
        this.programme = requireNonNull(programme, "programme");
        this.clock = requireNonNull(clock, "clock");
    }

    /** The community behind a public key, if it is public. */
    public Optional<PublicCommunity> find(String key) {
        return open(key).map(PublicProgramme::shown);
    }

    /** The community's page: groups with their next event, and upcoming events (cancelled ones marked). */
    public Optional<CommunityProgramme> community(String key) {
        return open(key).map(community -> {
            Map<Long, PublicGroup> groups = groupsById(community.id());
            List<PublicEvent> upcoming = programme.upcoming(community.id(), null, clock.instant(), true,
                    UPCOMING_LIMIT);
            List<CommunityProgramme.GroupOverview> overviews = groups.values().stream()
                    .map(group -> new CommunityProgramme.GroupOverview(group, upcoming.stream()
                            .filter(event -> event.groupId() == group.id() && !event.cancelled()).findFirst()))
                    .toList();
            return new CommunityProgramme(shown(community), overviews, listings(upcoming, groups));
        });
    }

    /** A group's page: its upcoming events (cancelled ones marked) and its past ones. */
    public Optional<GroupProgramme> group(String key, String slug) {
        return open(key).flatMap(community -> groupsById(community.id()).values().stream()
                .filter(group -> group.slug().equals(slug)).findFirst()
                .map(group -> new GroupProgramme(shown(community), group,
                        programme.upcoming(community.id(), group.id(), clock.instant(), true, UPCOMING_LIMIT),
                        programme.past(community.id(), group.id(), clock.instant(), PAST_LIMIT))));
    }

    /** An event's page. */
    public Optional<EventProgramme> event(String key, long eventId) {
        return open(key).flatMap(community -> programme.event(community.id(), eventId)
                .flatMap(event -> listing(event, groupsById(community.id())))
                .map(listing -> new EventProgramme(shown(community), listing)));
    }

    /** What the community's calendar feed holds: events from {@link #FEED_HISTORY} back on, cancelled ones too. */
    public Optional<CalendarWindow> calendar(String key) {
        return open(key).map(community -> {
            Map<Long, PublicGroup> groups = groupsById(community.id());
            return new CalendarWindow(shown(community), Optional.empty(), listings(
                    programme.upcoming(community.id(), null, feedStart(), true, FEED_LIMIT), groups));
        });
    }

    /** What a group's calendar feed holds. */
    public Optional<CalendarWindow> calendar(String key, String slug) {
        return open(key).flatMap(community -> {
            Map<Long, PublicGroup> groups = groupsById(community.id());
            return groups.values().stream().filter(group -> group.slug().equals(slug)).findFirst()
                    .map(group -> new CalendarWindow(shown(community), Optional.of(group), listings(
                            programme.upcoming(community.id(), group.id(), feedStart(), true, FEED_LIMIT), groups)));
        });
    }

    private Instant feedStart() {
        return clock.instant().minus(FEED_HISTORY);
    }

    private Optional<KeyedCommunity> open(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        return programme.byKey(key).filter(KeyedCommunity::open);
    }

    private Map<Long, PublicGroup> groupsById(long communityId) {
        return programme.groups(communityId).stream().collect(Collectors.toMap(PublicGroup::id, Function.identity(),
                (first, second) -> first, java.util.LinkedHashMap::new));
    }

    private static List<EventListing> listings(List<PublicEvent> events, Map<Long, PublicGroup> groups) {
        return events.stream().flatMap(event -> listing(event, groups).stream()).toList();
    }

    private static Optional<EventListing> listing(PublicEvent event, Map<Long, PublicGroup> groups) {
        return Optional.ofNullable(groups.get(event.groupId())).map(group -> new EventListing(event, group));
    }

    private static PublicCommunity shown(KeyedCommunity community) {
        return new PublicCommunity(community.key(), community.name(), community.zone());
    }
}
