package org.convene.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.core.reply.Card;
import org.convene.core.reply.Field;
import org.convene.core.reply.PlainTextRenderer;
import org.convene.core.reply.Reply;
import org.convene.core.testing.CoreKit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code talk} verb typed as text, as on the console and Slack: rights first, then the whole call for talks. */
class TalkCommandsTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private long eventId;

    @BeforeEach
    void setUp() {
        run("Ada", true, "group create code4libnyc \"Code4LibNYC\"");
        eventId = run("Ada", true, "post code4libnyc \"Lightning talks\" when=\"2026-12-03 18:00\" for=2h "
                + "capacity=20").cards().getFirst().eventId();
    }

    private Reply run(String who, boolean admin, String text) {
        return kit.typed(who, admin, text);
    }

    @Test
    void aMemberOpeningSlotsIsToldOnlyOrganizersMayBeforeTheSlotsAreRead() {
        kit.commands.actor(kit.caller("Grace", false));
        String before = kit.database.snapshot();

        Reply reply = run("Grace", false, "talk slots " + eventId + " 4xsoon from=never");

        assertThat(reply.failed()).isTrue();
        assertThat(reply.plain()).isEqualTo("Only organizers of Code4LibNYC can open talk slots.");
        assertThat(kit.database.snapshot()).isEqualTo(before);
    }

    @Test
    void slotsAnOfferAndAnAcceptanceShowOnTheEventCard() {
        Reply opened = run("Ada", true, "talk slots " + eventId + " 3x15m from=18:30");
        assertThat(opened.failed()).isFalse();
        Reply offered = run("Grace", false, "talk offer " + eventId + " slot=2 \"Zines in the stacks\" How we "
                + "catalogue them");
        assertThat(offered.plain()).startsWith("Your talk \u201CZines in the stacks\u201D is offered for Slot 2");
        long offerId = Long.parseLong(offered.cards().getFirst().title().replaceAll("^Talk offer #(\\d+):.*", "$1"));

        Reply accepted = run("Ada", true, "talk accept " + offerId);
        Reply shown = run("Linus", false, "event " + eventId);

        assertThat(accepted.failed()).isFalse();
        Card card = shown.cards().getFirst();
        assertThat(card.fields()).extracting(Field::name).contains("Agenda");
        assertThat(card.fields().stream().filter(field -> field.name().equals("Agenda")).findFirst().orElseThrow()
                .value().plain()).isEqualTo("""
                18:30–18:45 Slot 1: open
                18:45–19:00 Slot 2: \u201CZines in the stacks\u201D — Grace
                19:00–19:15 Slot 3: open""");
        assertThat(card.fields().stream().filter(field -> field.name().equals("Seats")).findFirst().orElseThrow()
                .value().plain()).isEqualTo("1 of 20 taken");
        assertThat(new PlainTextRenderer(CoreKit.NEW_YORK).render(run("Linus", false, "talk agenda " + eventId)))
                .contains("Organizers accept or decline each offer.");
    }
}
