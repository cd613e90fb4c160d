package org.convene.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import org.convene.core.domain.Refusal;
import org.junit.jupiter.api.Test;

/** The words of {@code talk}: each form read into its command, each mistake refused with what to type. */
class TalkCommandParserTest {

    private final CommandParser parser = CommandParser.plain();

    @Test
    void slotsAreReadAsCountTimesLengthFromATimeOfDayWithAutoAccept() {
        assertThat(parser.parse("/meetup talk slots 42 4x15m from=18:15 auto=yes"))
                .isEqualTo(new Command.OpenTalkSlots(42, 4, 15, List.of(), LocalTime.of(18, 15), true, false));
        assertThat(parser.parse("talk slots #42 3x1h"))
                .isEqualTo(new Command.OpenTalkSlots(42, 3, 60, List.of(), null, false, false));
    }

    @Test
    void namedSlotsTakeTheirLengthFromLengthOrFifteenMinutes() {
        assertThat(parser.parse("talk slots 42 \"Opening\" \"Lightning round\" length=20m"))
                .isEqualTo(new Command.OpenTalkSlots(42, 2, 20, List.of("Opening", "Lightning round"), null, false,
                        false));
        assertThat(parser.parse("talk slots 42 Opening"))
                .isEqualTo(new Command.OpenTalkSlots(42, 1, 15, List.of("Opening"), null, false, false));
    }

    @Test
    void slotsNoneClosesTheCall() {
        assertThat(parser.parse("talk slots 42 none"))
                .isEqualTo(new Command.OpenTalkSlots(42, 0, 0, List.of(), null, false, true));
    }

    @Test
    void anOfferHasAnOptionalSlotATitleAndTheRestAsItsDescription() {
        assertThat(parser.parse("talk offer 42 slot=2 \"Linked data on a shoestring\" What we learned"))
                .isEqualTo(new Command.OfferTalk(42, 2, "Linked data on a shoestring", "What we learned"));
        assertThat(parser.parse("talk offer 42 Zines"))
                .isEqualTo(new Command.OfferTalk(42, null, "Zines", ""));
    }

    @Test
    void decisionsAndTheAgendaNameTheirOfferOrEvent() {
        assertThat(parser.parse("talk accept 7")).isEqualTo(new Command.AcceptTalk(7));
        assertThat(parser.parse("talk decline 7 We had that topic last month"))
                .isEqualTo(new Command.DeclineTalk(7, "We had that topic last month"));
        assertThat(parser.parse("talk withdraw #7")).isEqualTo(new Command.WithdrawTalk(7));
        assertThat(parser.parse("talk agenda 42")).isEqualTo(new Command.ShowAgenda(42));
    }

    @Test
    void mistakesAreRefusedWithWhatToType() {
        assertRefused("talk", "After talk, type slots, offer, accept, decline, withdraw or agenda: /meetup talk "
                + "agenda 42.");
        assertRefused("talk slots 42", "Say which slots: /meetup talk slots 42 4x15m, or their names in quotes: "
                + "/meetup talk slots 42 \"Opening\" \"Lightning round\".");
        assertRefused("talk slots 42 4xsoon", "\"soon\" is not a slot length; type 15m, 20 or 1h.");
        assertRefused("talk slots 42 4x15m from=late", "from=late is not a time of day; type from=18:15.");
        assertRefused("talk slots 42 4x15m auto=maybe", "auto=maybe is neither yes nor no; type auto=yes to accept "
                + "offers without a decision.");
        assertRefused("talk offer 42", "Give your talk a title: /meetup talk offer 42 \"Linked data for small "
                + "libraries\" one line about it.");
        assertRefused("talk offer 42 slot=two Zines", "slot=two is not a slot number; type slot=2.");
        assertRefused("talk accept soon", "\"soon\" is not the offer's number; type /meetup talk accept 42.");
        assertRefused("talk offer 42 \"" + "x".repeat(101) + "\"",
                "A talk's title is limited to 100 characters; yours has 101.");
    }

    private void assertRefused(String text, String message) {
        assertThatThrownBy(() -> parser.parse(text)).isInstanceOf(Refusal.class).hasMessage(message);
    }
}
