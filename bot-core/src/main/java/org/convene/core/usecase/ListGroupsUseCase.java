package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.port.EventRepository;
import org.convene.core.port.GroupRepository;

/** Lists the community's groups with their size, the asker's membership and each group's next event. */
public final class ListGroupsUseCase {

    /** One line of the list. */
    public record GroupSummary(Group group, int members, boolean joined, boolean organizer, Optional<Event> next) {
    }

    private final GroupRepository groups;
    private final EventRepository events;
    private final Clock clock;

    @Inject
    public ListGroupsUseCase(GroupRepository groups, EventRepository events, Clock clock) {
        this.groups = requireNonNull(groups, "groups");
        this.events = requireNonNull(events, "events");
        this.clock = requireNonNull(clock, "clock");
    }

    /** The community's groups whose slug or name holds every word typed, in the usual order. */
    public List<Group> search(Actor actor, String typed, int limit) {
        List<String> words = TypedWords.of(typed);
        return groups.list(actor.communityId()).stream()
                .filter(group -> words.stream().allMatch(word -> group.slug().toLowerCase(Locale.ROOT).contains(word)
                        || group.name().toLowerCase(Locale.ROOT).contains(word)))
                .limit(limit)
                .toList();
    }

    public List<GroupSummary> list(Actor actor) {
        return groups.list(actor.communityId()).stream().map(group -> new GroupSummary(group,
                groups.memberCount(group.id()), groups.isMember(group.id(), actor.memberId()),
                groups.isOrganizer(group.id(), actor.memberId()),
                events.upcoming(actor.communityId(), group.id(), clock.instant(), 1, 0).stream().findFirst()))
                .toList();
    }
}
