package org.convene.discord.publish;

import java.time.ZoneOffset;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.ScheduledEvent;
import net.dv8tion.jda.api.requests.RestAction;
import org.convene.core.outbox.Delivery;
import org.convene.core.outbox.Target;
import org.convene.discord.render.DiscordMarkdown;

/**
 * Mirrors an event into a guild's scheduled events (the external kind, with a location): creates it, updates the
 * one {@code replaces} names, or cancels it. The scheduled event's id is the message reference.
 */
final class CalendarMirror {

    static final int NAME_LIMIT = 100;
    static final int DESCRIPTION_LIMIT = 1000;
    static final int LOCATION_LIMIT = 100;
    static final String NO_LOCATION = "See the event in Discord";

    /** What to run, blocking, for this calendar delivery. */
    interface Blocking {
        <T> T complete(RestAction<T> action) throws Exception;
    }

    Delivery.Result mirror(Guild guild, Target.Calendar target, String replaces, Blocking blocking)
            throws Exception {
        Target.MirroredEvent event = target.event();
        if (replaces == null) {
            if (event.cancelled()) {
                return new Delivery.Rejected("there is no scheduled event to cancel");
            }
            ScheduledEvent created = blocking.complete(guild.createScheduledEvent(name(event), location(event),
                            event.startsAt().atOffset(ZoneOffset.UTC), event.endsAt().atOffset(ZoneOffset.UTC))
                    .setDescription(description(event)));
            return new Delivery.Sent(created.getId());
        }
        ScheduledEvent existing = blocking.complete(guild.retrieveScheduledEventById(replaces));
        if (event.cancelled()) {
            blocking.complete(existing.getManager().setStatus(ScheduledEvent.Status.CANCELED));
        } else {
            blocking.complete(existing.getManager().setName(name(event)).setDescription(description(event))
                    .setLocation(location(event)).setStartTime(event.startsAt().atOffset(ZoneOffset.UTC))
                    .setEndTime(event.endsAt().atOffset(ZoneOffset.UTC)));
        }
        return new Delivery.Sent(existing.getId());
    }

    private static String name(Target.MirroredEvent event) {
        return DiscordMarkdown.truncate(event.title(), NAME_LIMIT);
    }

    private static String description(Target.MirroredEvent event) {
        return DiscordMarkdown.truncate(event.description(), DESCRIPTION_LIMIT);
    }

    private static String location(Target.MirroredEvent event) {
        String location = event.location() == null || event.location().isBlank() ? NO_LOCATION : event.location();
        return DiscordMarkdown.truncate(location, LOCATION_LIMIT);
    }
}
