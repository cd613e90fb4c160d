package org.convene.core.command;

import java.util.ArrayList;
import java.util.List;
import org.convene.core.domain.Event;
import org.convene.core.reply.Button;
import org.convene.core.reply.Card;
import org.convene.core.reply.Text;
import org.convene.core.talk.Agenda;
import org.convene.core.talk.OfferState;
import org.convene.core.talk.TalkOffer;

/** Draws an event's agenda of talks and a talk offer as cards, with the buttons that act on them. */
public final class TalkCards {

    /** The command an "Offer a talk" button runs; the platforms open a form for it instead. */
    public static final String OFFER_COMMAND = "talk offer ";

    private TalkCards() {
    }

    public static Button offerButton(long eventId) {
        return new Button("Offer a talk", OFFER_COMMAND + eventId, Button.Style.SECONDARY);
    }

    /** The agenda, with "Offer a talk" while a slot is open. */
    public static Card agenda(Event event, Agenda agenda) {
        List<Button> buttons = agenda.hasOpenSlot() ? List.of(offerButton(event.id())) : List.of();
        String how = agenda.autoAccept() ? "Offers are accepted at once while a seat is free."
                : "Organizers accept or decline each offer.";
        return new Card("Agenda of #" + event.id() + " " + event.title(),
                Text.of(String.join("\n", agenda.lines()) + "\n" + how), List.of(), buttons, 0);
    }

    /** An offer as its presenter sees it, with the button that withdraws it while it is open. */
    public static Card offer(Event event, TalkOffer offer, String slotLabel) {
        List<Button> buttons = new ArrayList<>();
        if (offer.state().open()) {
            buttons.add(new Button("Withdraw", "talk withdraw " + offer.id(), Button.Style.DANGER));
        }
        String state = offer.state() == OfferState.PENDING ? "waiting for an organizer"
                : offer.state().name().toLowerCase(java.util.Locale.ROOT);
        return new Card("Talk offer #" + offer.id() + ": " + offer.title(), Text.of(offer.description()),
                List.of(new org.convene.core.reply.Field("Event", Text.of("#" + event.id() + " " + event.title())),
                        new org.convene.core.reply.Field("Slot", Text.of(slotLabel)),
                        new org.convene.core.reply.Field("State", Text.of(state))), buttons, 0);
    }
}
