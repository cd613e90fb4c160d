package org.convene.core.command;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.convene.core.domain.DatePoll;
import org.convene.core.reply.Button;
import org.convene.core.reply.Card;
import org.convene.core.reply.Field;
import org.convene.core.reply.Text;
import org.convene.core.usecase.DatePollUseCase;

/**
 * Draws a date poll as a card: each date with its count, one button per date while it is open, and once it is closed
 * the chosen date with a button that posts the event for it.
 */
public final class PollCards {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a", Locale.ENGLISH);

    private PollCards() {
    }

    /** The card as one viewer sees it, with the counts now and their own picks. */
    public static Card card(DatePollUseCase.PollView view) {
        return card(view, true);
    }

    /**
     * The card a channel gets: the dates and their buttons without counts, since the message stays as it is while
     * the counts change; a click's answer and {@code poll <id>} tell them.
     */
    public static Card channelCard(DatePollUseCase.PollView view) {
        return card(view, false);
    }

    private static Card card(DatePollUseCase.PollView view, boolean counts) {
        DatePoll poll = view.poll();
        List<Field> fields = new ArrayList<>();
        for (DatePoll.PollOption option : poll.options()) {
            fields.add(new Field("Date " + option.position(), Text.builder().time(option.startsAt())
                    .plain(counts ? " — " + votes(option.votes()) : "").build()));
        }
        fields.add(new Field("Group", Text.of(view.group().name())));
        if (poll.venue() != null) {
            fields.add(new Field("Where", Text.of(poll.venue())));
        }
        if (!view.mine().isEmpty()) {
            fields.add(new Field("Your picks", Text.of(view.mine().stream().sorted().map(position -> "date " + position)
                    .reduce((left, right) -> left + ", " + right).orElse("")), true));
        }
        Optional<DatePoll.PollOption> winner = poll.winner();
        List<Button> buttons = new ArrayList<>();
        Text body;
        if (!poll.closed()) {
            body = Text.of("Pick every date you could come to; pick a date again to take it back."
                    + (counts ? "" : " The answer to your pick tells the counts, as does /meetup poll " + poll.id()
                    + "."));
            for (DatePoll.PollOption option : poll.options()) {
                buttons.add(new Button(label(option.startsAt(), view.zone())
                        + (counts ? " (" + option.votes() + ")" : ""),
                        "poll vote " + poll.id() + " " + option.position(), Button.Style.SECONDARY));
            }
        } else if (winner.isEmpty()) {
            body = Text.of("Closed with no date picked.");
        } else {
            body = Text.builder().plain("Closed. The chosen date: ").time(winner.get().startsAt()).plain(".")
                    .plain(poll.eventId() == null ? "" : " Posted as event #" + poll.eventId() + ".").build();
            if (poll.eventId() == null && view.organizer()) {
                buttons.add(new Button("Post the event for " + label(winner.get().startsAt(), view.zone()),
                        "poll close " + poll.id() + " post", Button.Style.PRIMARY));
            }
        }
        return new Card("Poll #" + poll.id() + ": " + poll.title(), body, fields, buttons, 0);
    }

    /** A date as a button shows it, in the community's zone: {@code Thu Dec 3, 6:00 PM}. */
    public static String label(Instant instant, ZoneId zone) {
        return LABEL.format(instant.atZone(zone));
    }

    private static String votes(int count) {
        return count == 1 ? "1 vote" : count + " votes";
    }
}
