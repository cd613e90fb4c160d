package org.convene.core.command;

import java.util.ArrayList;
import java.util.List;
import org.convene.core.domain.Event;
import org.convene.core.domain.Rsvp;
import org.convene.core.reply.Button;
import org.convene.core.reply.Card;
import org.convene.core.reply.Field;
import org.convene.core.reply.Text;
import org.convene.core.usecase.EventDetails;

/**
 * Draws an event as a card: when, where, seats, its agenda of talks, the viewer's own answer, and the RSVP buttons
 * (with "Offer a talk" while a talk slot is open).
 */
public final class EventCards {

    static final int SUMMARY_LIMIT = 300;

    /** The line on the card of an event that lets members with a recent no-show wait behind others. */
    public static final String NO_SHOWS_BEHIND = "Members with a recent no-show wait behind others";

    private EventCards() {
    }

    public static Card card(EventDetails details) {
        Event event = details.event();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("When", Text.builder().time(event.startsAt()).plain(" – ").timeOfDay(event.endsAt())
                .build()));
        fields.add(new Field("Group", Text.of(details.group().name())));
        if (event.venue() != null) {
            fields.add(new Field("Where", Text.of(event.venue())));
        }
        if (event.onlineUrl() != null) {
            fields.add(new Field("Online", Text.builder().link("Join online", event.onlineUrl()).build()));
        }
        fields.add(new Field("Seats", Text.of(seats(details))));
        if (details.noShowsBehind()) {
            fields.add(new Field("Waitlist", Text.of(NO_SHOWS_BEHIND)));
        }
        if (!details.agenda().isEmpty()) {
            fields.add(new Field("Agenda", Text.of(String.join("\n", details.agenda().lines()))));
        }
        details.myRsvp().ifPresent(rsvp -> fields.add(new Field("You", Text.of(mine(rsvp, details)), true)));
        details.privateLink().ifPresent(link -> fields.add(new Field("Video link",
                Text.builder().link(link, link).build(), true)));
        List<Button> buttons = new ArrayList<>(buttons(event));
        if (details.checkInOpen() && details.myRsvp().map(Rsvp::confirmed).orElse(false)) {
            buttons.addFirst(checkIn(event));
        }
        if (details.agenda().hasOpenSlot()) {
            buttons.add(TalkCards.offerButton(event.id()));
        }
        return new Card("#" + event.id() + " " + event.title(), Text.of(summary(event.description())), fields,
                buttons, event.id());
    }

    /** The button a confirmed attendee checks in with; the platforms ask for the code in a form. */
    public static Button checkIn(Event event) {
        return new Button("Check in", "checkin " + event.id(), Button.Style.PRIMARY);
    }

    public static List<Button> buttons(Event event) {
        return List.of(new Button("Going", "rsvp " + event.id() + " going", Button.Style.PRIMARY),
                new Button("Maybe", "rsvp " + event.id() + " maybe", Button.Style.SECONDARY),
                new Button("Can't go", "rsvp " + event.id() + " no", Button.Style.DANGER),
                new Button("Details", "event " + event.id(), Button.Style.SECONDARY));
    }

    static String seats(EventDetails details) {
        Event event = details.event();
        String waiting = details.waitlistLength() > 0 ? ", " + details.waitlistLength() + " waiting" : "";
        if (!event.capped()) {
            return event.seatsTaken() + " going, no limit" + waiting;
        }
        return event.seatsTaken() + " of " + event.capacity() + " taken" + waiting;
    }

    private static String mine(Rsvp rsvp, EventDetails details) {
        String guests = rsvp.guests() > 0 ? " +" + rsvp.guests() : "";
        return switch (rsvp.state()) {
            case CONFIRMED -> "Going" + guests;
            case WAITLISTED -> "On the waitlist, #" + details.myWaitlistPosition() + guests;
            case NONE -> rsvp.answer().label().substring(0, 1).toUpperCase() + rsvp.answer().label().substring(1);
        };
    }

    private static String summary(String description) {
        return description.length() <= SUMMARY_LIMIT ? description
                : description.substring(0, SUMMARY_LIMIT - 1) + "…";
    }
}
