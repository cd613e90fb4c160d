package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.convene.core.domain.DatePoll;
import org.convene.core.domain.Group;

/**
 * The event a closed poll stands for: its group, title, winning date, length and place. Forms open filled with it,
 * and the console posts it as the one-line {@code post} command it spells out.
 */
public record PollDraft(long pollId, Group group, String title, Instant startsAt, Duration length, String venue,
                        ZoneId zone) {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    public PollDraft {
        requireNonNull(group, "group");
        requireNonNull(title, "title");
        requireNonNull(startsAt, "startsAt");
        requireNonNull(length, "length");
        requireNonNull(zone, "zone");
    }

    /** The draft of a poll's winning date, if anyone has voted. */
    static Optional<PollDraft> of(DatePollUseCase.PollView view) {
        DatePoll poll = view.poll();
        return poll.winner().map(winner -> new PollDraft(poll.id(), view.group(), poll.title(), winner.startsAt(),
                poll.length(), poll.venue(), view.zone()));
    }

    /** The winning date as the time reader reads it, such as {@code 2026-12-03 18:00}, in the community's zone. */
    public String when() {
        return TYPED.format(startsAt.atZone(zone));
    }

    /** The length as {@code for=} reads it, such as {@code 2h} or {@code 1h30m}. */
    public String lengthText() {
        long hours = length.toHours();
        int minutes = length.toMinutesPart();
        return (hours > 0 ? hours + "h" : "") + (minutes > 0 || hours == 0 ? minutes + "m" : "");
    }

    /** The post command this draft amounts to. */
    public String postCommand() {
        return "/meetup post " + group.slug() + " \"" + title.replace("\"", "'") + "\" when=\"" + when() + "\" for="
                + lengthText() + (venue == null ? "" : " where=\"" + venue.replace("\"", "'") + "\"");
    }

    PostEventUseCase.Input input() {
        return new PostEventUseCase.Input(group.slug(), title, "", startsAt, startsAt.plus(length), zone, venue, null,
                null, null, 0, null, null);
    }
}
