package org.convene.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convene.core.domain.Answer;
import org.convene.core.domain.Refusal;
import org.convene.core.usecase.MemberRef;
import org.junit.jupiter.api.Test;

class CommandParserTest {

    private final CommandParser parser = CommandParser.plain();

    @Test
    void anEmptyCommandAsksForHelp() {
        assertThat(parser.parse("/meetup")).isEqualTo(new Command.Help(null));
    }

    @Test
    void readsAnRsvpWithAnswerAndGuests() {
        assertThat(parser.parse("/meetup rsvp 42 going +2")).isEqualTo(new Command.Rsvp(42, Answer.GOING, 2));
        assertThat(parser.parse("rsvp #42 no")).isEqualTo(new Command.Rsvp(42, Answer.NOT_GOING, 0));
        assertThat(parser.parse("rsvp 42")).isEqualTo(new Command.Rsvp(42, Answer.GOING, 0));
    }

    @Test
    void readsAPostWithAQuotedTitleAndOptions() {
        Command.Post post = (Command.Post) parser.parse(
                "post code4libnyc \"Lightning talks\" when=\"next thursday 6pm\" for=2h where=“Room 4” capacity=25");

        assertThat(post.group()).isEqualTo("code4libnyc");
        assertThat(post.options().title()).isEqualTo("Lightning talks");
        assertThat(post.options().when()).isEqualTo("next thursday 6pm");
        assertThat(post.options().duration()).isEqualTo("2h");
        assertThat(post.options().where()).isEqualTo("Room 4");
        assertThat(post.options().capacity()).isEqualTo("25");
    }

    @Test
    void readsEventsWithAGroupAndAPage() {
        assertThat(parser.parse("events code4libnyc page=2")).isEqualTo(new Command.Events("code4libnyc", 2));
    }

    @Test
    void readsAdminVerbs() {
        assertThat(parser.parse("group create a11y \"Accessibility in Libraries\" Making things usable"))
                .isEqualTo(new Command.GroupCreate("a11y", "Accessibility in Libraries", "Making things usable"));
        assertThat(parser.parse("organizer add a11y @Grace Hopper"))
                .isEqualTo(new Command.Organizer(true, "a11y", new MemberRef.ByName("Grace Hopper")));
    }

    @Test
    void anUnknownVerbSuggestsTheClosestOne() {
        assertThatThrownBy(() -> parser.parse("/meetup evnets"))
                .isInstanceOf(Refusal.class)
                .hasMessage("I do not know the command \"evnets\". Did you mean /meetup events? "
                        + "Type /meetup help for the list.");
    }

    @Test
    void aVerbFarFromAnyOtherGetsNoGuess() {
        assertThatThrownBy(() -> parser.parse("/meetup frobnicate"))
                .hasMessage("I do not know the command \"frobnicate\". Type /meetup help for the list.");
    }

    @Test
    void aWordWhereAnEventNumberBelongsIsRefused() {
        assertThatThrownBy(() -> parser.parse("rsvp bookclub"))
                .hasMessage("\"bookclub\" is not an event number; events are numbered, like /meetup rsvp 42. "
                        + "Type /meetup events to see them.");
    }

    @Test
    void aMissingArgumentShowsTheUsage() {
        assertThatThrownBy(() -> parser.parse("join"))
                .hasMessage("Missing the group's short name. Usage: /meetup join <group> — for example "
                        + "/meetup join code4libnyc.");
    }

    @Test
    void anUnknownAnswerIsRefused() {
        assertThatThrownBy(() -> parser.parse("rsvp 4 probably"))
                .hasMessageStartingWith("I read \"probably\" as your answer but did not understand it");
    }

    @Test
    void anUnknownEventOptionIsRefused() {
        assertThatThrownBy(() -> parser.parse("post x \"Talk\" when=tomorrow room=4"))
                .hasMessageStartingWith("I do not know the option room=");
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertThatThrownBy(() -> parser.parse("post x \"Talk when=tomorrow"))
                .hasMessageStartingWith("A quote is not closed");
    }
}
