package org.convene.benchmarks.rsvp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.CreateGroupUseCase;

/** Groups, events and members made through the real use cases, for the RSVP benchmarks to answer with. */
final class RsvpWorld {

    final Actor admin;
    final List<Actor> members;
    final List<Long> events;

    private RsvpWorld(Actor admin, List<Actor> members, List<Long> events) {
        this.admin = admin;
        this.members = members;
        this.events = events;
    }

    /** {@code groups} groups with {@code events} events spread over them, of capacity {@code capacity} (null: none). */
    static RsvpWorld create(CoreKit kit, int groups, int events, Integer capacity, int members) {
        Actor admin = kit.admin();
        for (int group = 0; group < groups; group++) {
            kit.createGroup.create(admin, new CreateGroupUseCase.Input("group-" + group, "Group " + group, ""));
        }
        List<Long> eventIds = new ArrayList<>();
        for (int event = 0; event < events; event++) {
            eventIds.add(kit.postEvent.post(admin, Events.capped("group-" + (event % groups),
                    CoreKit.START.plus(Duration.ofDays(5 + event % 60)), capacity, 2)).event().id());
        }
        List<Actor> actors = new ArrayList<>();
        for (int member = 0; member < members; member++) {
            actors.add(kit.member("Member " + member));
        }
        return new RsvpWorld(admin, List.copyOf(actors), List.copyOf(eventIds));
    }
}
