package org.convene.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.core.testing.CoreKit.GENERAL;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.core.command.CommandParser;
import org.convene.core.domain.DatePoll;
import org.convene.core.domain.Event;
import org.convene.core.domain.Refusal;
import org.convene.core.outbox.Delivery;
import org.convene.core.reply.Button;
import org.convene.core.reply.Reply;
import org.convene.core.testing.CoreKit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class DatePollUseCaseTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private final Actor admin = kit.bookClubAnnouncingIn(GENERAL);

    private Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CoreKit.NEW_YORK).toInstant();
    }

    private DatePoll open(Instant... dates) {
        return kit.datePolls.create(admin, new DatePollUseCase.Input("bookclub", "The Overstory", List.of(dates),
                Duration.ofMinutes(90), "Room 4")).poll();
    }

    private Reply type(String name, boolean isAdmin, String text) {
        return kit.commands.runText(kit.caller(name, isAdmin), text, CommandParser.plain());
    }

    @Test
    void aTypedPollReadsEachDateInTheCommunitysZoneAndPostsItsCardWithAButtonPerDateToTheGroupsChannels() {
        Reply reply = type("Ada Admin", true,
                "/meetup poll bookclub \"The Overstory\" \"Dec 3 6pm\" \"2026-12-10 18:00\" for=90m where=\"Room 4\"");

        assertThat(reply.failed()).as(reply.plain()).isFalse();
        DatePoll poll = kit.polls.byId(1).orElseThrow();
        assertThat(poll.options()).extracting(DatePoll.PollOption::startsAt)
                .containsExactly(at("2026-12-03T18:00"), at("2026-12-10T18:00"));
        assertThat(poll.length()).isEqualTo(Duration.ofMinutes(90));
        assertThat(poll.venue()).isEqualTo("Room 4");
        kit.worker("one").drain();
        List<Delivery> sent = kit.console.deliveries();
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().message().cards().getFirst().buttons()).extracting(Button::command)
                .containsExactly("poll vote 1 1", "poll vote 1 2");
        assertThat(sent.getFirst().message().cards().getFirst().buttons()).extracting(Button::label)
                .containsExactly("Thu Dec 3, 6:00 PM", "Thu Dec 10, 6:00 PM");
    }

    @Test
    void anUnreadableDateIsRefusedNamingWhichDateItWas() {
        Reply reply = type("Ada Admin", true, "/meetup poll bookclub \"Talks\" \"Dec 3 6pm\" \"someday soon\"");

        assertThat(reply.failed()).isTrue();
        assertThat(reply.plain()).contains("date 2").contains("someday soon");
        assertThat(kit.polls.byId(1)).isEmpty();
    }

    @Test
    void aDateInThePastIsRefusedAndNothingIsStored() {
        kit.assertRefusedAndUnchanged(() -> open(at("2026-12-03T18:00"), at("2026-11-01T18:00")),
                "Date 2, Sun Nov 1 2026, 6:00 PM EST, is in the past; offer dates after now, like "
                        + "\"next thursday 6pm\".");
    }

    @Test
    void oneDateOrSixAreRefused() {
        kit.assertRefusedAndUnchanged(() -> open(at("2026-12-03T18:00")),
                "A poll offers 2 to 5 dates; you gave 1.");
        kit.assertRefusedAndUnchanged(() -> open(at("2026-12-01T18:00"), at("2026-12-02T18:00"),
                at("2026-12-03T18:00"), at("2026-12-04T18:00"), at("2026-12-05T18:00"), at("2026-12-06T18:00")),
                "A poll offers 2 to 5 dates; you gave 6.");
    }

    @Test
    void aMemberWhoIsNotAnOrganizerCannotOpenAPollAndIsToldSoBeforeTheDatesAreRead() {
        Reply reply = type("Grace", false, "/meetup poll bookclub \"Talks\" \"not a date\" \"nor this\"");

        assertThat(reply.failed()).isTrue();
        assertThat(reply.plain()).isEqualTo("Only organizers of Book Club can ask its members for a date.");
    }

    @Test
    void aSecondPickOfTheSameDateTakesItBackAndPickingJoinsNoGroup() {
        DatePoll poll = open(at("2026-12-03T18:00"), at("2026-12-10T18:00"));
        Actor grace = kit.member("Grace");

        assertThat(kit.datePolls.vote(grace, poll.id(), 2).picked()).isTrue();
        assertThat(kit.datePolls.vote(grace, poll.id(), 1).view().poll().options())
                .extracting(DatePoll.PollOption::votes).containsExactly(1, 1);
        DatePollUseCase.Vote takenBack = kit.datePolls.vote(grace, poll.id(), 2);

        assertThat(takenBack.picked()).isFalse();
        assertThat(takenBack.view().poll().options()).extracting(DatePoll.PollOption::votes).containsExactly(1, 0);
        assertThat(takenBack.view().mine()).containsExactly(1);
        assertThat(kit.groups.isMember(takenBack.view().group().id(), grace.memberId())).isFalse();
    }

    @Test
    void aDateThePollDoesNotHaveIsRefused() {
        DatePoll poll = open(at("2026-12-03T18:00"), at("2026-12-10T18:00"));

        Actor grace = kit.member("Grace");

        kit.assertRefusedAndUnchanged(() -> kit.datePolls.vote(grace, poll.id(), 3),
                "Poll #" + poll.id() + " has dates 1 to 2, not 3; type /meetup poll " + poll.id() + " to see them.");
    }

    @Test
    void votesFromManyThreadsAtOnceAreCountedExactly() throws Exception {
        DatePoll poll = open(at("2026-12-03T18:00"), at("2026-12-10T18:00"), at("2026-12-17T18:00"));
        List<Actor> voters = new ArrayList<>();
        for (int index = 0; index < 40; index++) {
            voters.add(kit.member("Voter " + index));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> votes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
            for (Actor voter : voters) {
                for (int position : new int[] {1, 3}) {
                    votes.add(threads.submit(() -> {
                        start.await();
                        return kit.datePolls.vote(voter, poll.id(), position);
                    }));
                }
            }
            start.countDown();
            for (Future<?> vote : votes) {
                vote.get(30, TimeUnit.SECONDS);
            }
        }

        assertThat(kit.polls.byId(poll.id()).orElseThrow().options()).extracting(DatePoll.PollOption::votes)
                .containsExactly(40, 0, 40);
    }

    @Test
    void aVoteOfAnAccountLinkedIntoAnotherCountsForTheMemberItJoins() {
        DatePoll poll = open(at("2026-12-03T18:00"), at("2026-12-10T18:00"));
        kit.datePolls.vote(kit.member("Grace at home"), poll.id(), 1);
        kit.datePolls.vote(kit.member("Grace at work"), poll.id(), 1);
        kit.datePolls.vote(kit.member("Grace at work"), poll.id(), 2);
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("/meetup link ([A-Z0-9]{4}-[A-Z0-9]{4})")
                .matcher(type("Grace at home", false, "link").plain());
        assertThat(code.find()).isTrue();

        Reply linked = type("Grace at work", false, "link " + code.group(1) + " confirm");

        assertThat(linked.failed()).as(linked.plain()).isFalse();
        assertThat(kit.polls.byId(poll.id()).orElseThrow().options()).extracting(DatePoll.PollOption::votes)
                .containsExactly(1, 1);
    }

    @Test
    void closingPicksTheMostChosenDate() {
        DatePoll poll = open(at("2026-12-03T18:00"), at("2026-12-10T18:00"), at("2026-12-17T18:00"));
        kit.datePolls.vote(kit.member("Grace"), poll.id(), 3);
        kit.datePolls.vote(kit.member("Hal"), poll.id(), 3);
        kit.datePolls.vote(kit.member("Hal"), poll.id(), 1);

        DatePoll closed = kit.datePolls.close(admin, poll.id()).poll();

        assertThat(closed.closed()).isTrue();
        assertThat(closed.winner().orElseThrow().startsAt()).isEqualTo(at("2026-12-17T18:00"));
    }

    @Test
    void aTieGoesToTheEarliestDateWhereverItWasOffered() {
        DatePoll poll = open(at("2026-12-17T18:00"), at("2026-12-03T18:00"), at("2026-12-10T18:00"));
        kit.datePolls.vote(kit.member("Grace"), poll.id(), 1);
        kit.datePolls.vote(kit.member("Hal"), poll.id(), 3);

        assertThat(kit.datePolls.close(admin, poll.id()).poll().winner().orElseThrow().startsAt())
                .isEqualTo(at("2026-12-10T18:00"));
    }

    @Test
    void onlyOrganizersCloseAPoll() {
        DatePoll poll = open(at("2026-12-03T18:00"), at("2026-12-10T18:00"));

        Actor grace = kit.member("Grace");

        kit.assertRefusedAndUnchanged(() -> kit.datePolls.close(grace, poll.id()),
                "Only organizers of Book Club can close its polls.");
    }

    @Test
    void aVoteOnAClosedPollIsRefused() {
        DatePoll poll = open(at("2026-12-03T18:00"), at("2026-12-10T18:00"));
        kit.datePolls.close(admin, poll.id());
        Actor grace = kit.member("Grace");

        kit.assertRefusedAndUnchanged(() -> kit.datePolls.vote(grace, poll.id(), 1),
                "Poll #" + poll.id() + " is closed; votes no longer change it.");
    }

    @Test
    void aPollOfAnotherCommunityIsNotFound() {
        DatePoll poll = open(at("2026-12-03T18:00"), at("2026-12-10T18:00"));
        Actor stranger = kit.person("another-space", "Sam", true);

        assertThatThrownBy(() -> kit.datePolls.show(stranger, poll.id())).isInstanceOf(Refusal.class)
                .hasMessage("There is no poll #" + poll.id() + " here.");
    }

    @Test
    void closeAndPostOnTheConsolePostsTheWinningDateWithThePollsFieldsOnce() {
        DatePoll poll = open(at("2026-12-03T18:00"), at("2026-12-10T18:00"));
        kit.datePolls.vote(kit.member("Grace"), poll.id(), 2);

        Reply reply = type("Ada Admin", true, "/meetup poll close " + poll.id() + " post");

        assertThat(reply.failed()).as(reply.plain()).isFalse();
        assertThat(reply.plain()).contains("/meetup post bookclub \"The Overstory\" when=\"2026-12-10 18:00\" for=1h30m"
                + " where=\"Room 4\"");
        DatePoll posted = kit.polls.byId(poll.id()).orElseThrow();
        Event event = kit.events.byId(posted.eventId()).orElseThrow();
        assertThat(event.title()).isEqualTo("The Overstory");
        assertThat(event.startsAt()).isEqualTo(at("2026-12-10T18:00"));
        assertThat(event.duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(event.venue()).isEqualTo("Room 4");
        Reply again = type("Ada Admin", true, "/meetup poll close " + poll.id() + " post");
        assertThat(again.failed()).isTrue();
        assertThat(again.plain()).isEqualTo("The event for poll #" + poll.id() + " is already posted: #" + event.id()
                + ".");
    }

    @Test
    void everyoneWhoVotedIsToldTheChosenDateWithTheEventsCardOnceItIsPosted() {
        DatePoll poll = open(at("2026-12-03T18:00"), at("2026-12-10T18:00"));
        kit.datePolls.vote(kit.member("Grace"), poll.id(), 1);
        kit.datePolls.vote(kit.member("Hal"), poll.id(), 2);
        kit.datePolls.vote(kit.member("Hal"), poll.id(), 1);
        kit.worker("one").drain();
        int before = kit.console.deliveries().size();

        long eventId = kit.datePolls.post(admin, poll.id()).result().event().id();
        kit.worker("one").drain();

        List<Delivery> told = kit.console.deliveries().subList(before, kit.console.deliveries().size()).stream()
                .filter(delivery -> delivery.target() instanceof org.convene.core.outbox.Target.Direct).toList();
        assertThat(told).extracting(delivery -> ((org.convene.core.outbox.Target.Direct) delivery.target()).userId())
                .containsExactlyInAnyOrder("grace", "hal");
        assertThat(told.getFirst().message().plain()).contains("The date is set for The Overstory");
        assertThat(told.getFirst().message().cards().getFirst().buttons()).extracting(Button::command)
                .contains("rsvp " + eventId + " going");
    }

    @Test
    void theFilledFormOfAClosedPollPostsWhatTheFormSaysAndOnlyOnce() {
        DatePoll poll = open(at("2026-12-03T18:00"), at("2026-12-10T18:00"));
        kit.datePolls.vote(kit.member("Grace"), poll.id(), 1);
        org.convene.core.command.EventOptions form = new org.convene.core.command.EventOptions("The Overstory",
                null, "2026-12-03 18:00", null, "2h", "Room 5", null, null, "12", null, null, null);

        Reply posted = kit.commands.run(kit.caller("Ada Admin", true),
                new org.convene.core.command.Command.PollPost(poll.id(), "bookclub", form));
        Reply again = kit.commands.run(kit.caller("Ada Admin", true),
                new org.convene.core.command.Command.PollPost(poll.id(), "bookclub", form));

        assertThat(posted.failed()).as(posted.plain()).isFalse();
        Event event = kit.events.byId(kit.polls.byId(poll.id()).orElseThrow().eventId()).orElseThrow();
        assertThat(event.venue()).isEqualTo("Room 5");
        assertThat(event.capacity()).isEqualTo(12);
        assertThat(again.failed()).isTrue();
        assertThat(again.plain()).contains("already posted");
    }

    @Test
    void aPollNobodyAnsweredClosesWithoutADateAndCannotBePosted() {
        DatePoll poll = open(at("2026-12-03T18:00"), at("2026-12-10T18:00"));

        kit.assertRefusedAndUnchanged(() -> kit.datePolls.draft(admin, poll.id()),
                "Nobody has picked a date in poll #" + poll.id() + " yet, so there is no date to post.");
        assertThat(kit.datePolls.close(admin, poll.id()).poll().winner()).isEmpty();
    }
}
