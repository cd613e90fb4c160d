package org.convene.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.convene.core.domain.Answer;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Event;
import org.convene.core.domain.Platform;
import org.convene.core.domain.Refusal;
import org.convene.core.store.JdbcProgrammeRepository;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.CreateGroupUseCase;
import org.convene.core.usecase.MemberRef;
import org.convene.core.usecase.RsvpUseCase;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublicProgrammeTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private Actor admin;
    private PublicProgramme programme;
    private PublicFaceUseCase publicFace;
    private String key;
    private Instant start;

    @BeforeEach
    void setUp() {
        admin = kit.admin();
        JdbcProgrammeRepository repository = new JdbcProgrammeRepository(kit.jdbc);
        programme = new PublicProgramme(repository, kit.clock);
        publicFace = new PublicFaceUseCase(repository, kit.access);
        kit.createGroup.create(admin, new CreateGroupUseCase.Input("bookclub", "Book Club", "We read together."));
        kit.bindChannel.bind(admin, "bookclub", new ChannelRef(Platform.SLACK, "T0001", "C0001"));
        key = publicFace.visibility(admin).key();
        start = CoreKit.START.plus(Duration.ofDays(3));
    }

    @Test
    void aCommunityHasAUrlSafeKeyAndItsPageListsGroupsAndUpcomingEvents() {
        Event event = kit.postEvent.post(admin, Events.capped("bookclub", start, 25, 0)).event();
        kit.membership.join(kit.member("Grace"), "bookclub");

        CommunityProgramme page = programme.community(key).orElseThrow();

        assertThat(key).matches("[a-z0-9]{12}");
        assertThat(page.community().name()).isEqualTo("library-council");
        assertThat(page.groups()).singleElement().satisfies(overview -> {
            assertThat(overview.group().slug()).isEqualTo("bookclub");
            assertThat(overview.group().description()).isEqualTo("We read together.");
            assertThat(overview.group().memberCount()).isEqualTo(1);
            assertThat(overview.next()).map(PublicEvent::id).hasValue(event.id());
        });
        assertThat(page.upcoming()).singleElement().satisfies(listing -> {
            assertThat(listing.event().title()).isEqualTo("Book club");
            assertThat(listing.event().seatsLeft()).hasValue(25);
            assertThat(listing.event().venue()).hasValue("Room 4");
            assertThat(listing.answerIn()).containsExactly(new ChannelRef(Platform.SLACK, "T0001", "C0001"));
        });
    }

    @Test
    void privateLinksAndHostileAddressesNeverReachTheReadModel() {
        Event event = kit.postEvent.post(admin, Events.capped("bookclub", start, 25, 0)).event();
        kit.jdbc.update("update event set online_url = 'javascript:alert(1)' where id = ?", event.id());

        String everything = List.of(programme.community(key), programme.group(key, "bookclub"),
                programme.event(key, event.id()), programme.calendar(key), programme.calendar(key, "bookclub"))
                .toString();

        assertThat(everything).contains("Book club").doesNotContain("secret-room").doesNotContain("javascript");
    }

    @Test
    void anOrganizerIsNamedOnlyAfterChoosingToBeListed() {
        Actor olive = kit.member("Olive Organizer");
        kit.organizers.add(admin, "bookclub", new MemberRef.ByName("Olive Organizer"));

        assertThat(programme.group(key, "bookclub").orElseThrow().group().organizers()).isEmpty();
        publicFace.setListed(olive, true);

        assertThat(programme.group(key, "bookclub").orElseThrow().group().organizers())
                .containsExactly("Olive Organizer");
    }

    @Test
    void aPrivateCommunityShowsNothingAndOnlyAnAdminCanMakeItSo() {
        Event event = kit.postEvent.post(admin, Events.capped("bookclub", start, 25, 0)).event();
        assertThatThrownBy(() -> publicFace.setVisibility(kit.member("Grace"), false)).isInstanceOf(Refusal.class);

        publicFace.setVisibility(admin, false);

        assertThat(programme.find(key)).isEmpty();
        assertThat(programme.community(key)).isEmpty();
        assertThat(programme.group(key, "bookclub")).isEmpty();
        assertThat(programme.event(key, event.id())).isEmpty();
        assertThat(programme.calendar(key)).isEmpty();
        assertThat(programme.calendar(key, "bookclub")).isEmpty();
        assertThat(programme.find("not-a-key")).isEmpty();
    }

    @Test
    void anEditRaisesTheSequenceAndAnRsvpDoesNot() {
        Event event = kit.postEvent.post(admin, Events.capped("bookclub", start, 25, 0)).event();
        assertThat(sequenceOf(event)).isZero();

        kit.rsvp.rsvp(kit.member("Grace"), new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        assertThat(sequenceOf(event)).isZero();
        kit.clock.advance(Duration.ofMinutes(5));
        kit.editEvent.edit(admin, new org.convene.core.usecase.EditEventUseCase.Input(event.id(),
                org.convene.core.usecase.Change.to("Book club: chapter 2"), org.convene.core.usecase.Change.keep(),
                org.convene.core.usecase.Change.keep(), org.convene.core.usecase.Change.keep(),
                org.convene.core.usecase.Change.keep(), org.convene.core.usecase.Change.keep(),
                org.convene.core.usecase.Change.keep(), org.convene.core.usecase.Change.keep(),
                org.convene.core.usecase.Change.keep(), org.convene.core.usecase.Change.keep()));

        PublicEvent edited = programme.event(key, event.id()).orElseThrow().event();
        assertThat(edited.sequence()).isEqualTo(1);
        assertThat(edited.lastModified()).isEqualTo(kit.clock.instant());
        assertThat(edited.seatsLeft()).hasValue(24);
    }

    @Test
    void aCancelledEventStaysInTheCalendarWindowMarkedCancelledWithARaisedSequence() {
        Event event = kit.postEvent.post(admin, Events.capped("bookclub", start, 25, 0)).event();

        kit.cancelEvent.cancel(admin, event.id(), "Snow");

        assertThat(programme.calendar(key).orElseThrow().events()).singleElement().satisfies(listing -> {
            assertThat(listing.event().cancelled()).isTrue();
            assertThat(listing.event().cancelReason()).hasValue("Snow");
            assertThat(listing.event().sequence()).isEqualTo(1);
        });
        assertThat(programme.community(key).orElseThrow().groups().getFirst().next()).isEmpty();
    }

    @Test
    void aGroupPageSplitsUpcomingFromPastAndTheFeedReachesAMonthBack() {
        Event past = kit.postEvent.post(admin, Events.capped("bookclub", start, 25, 0)).event();
        kit.clock.set(start.plus(Duration.ofDays(10)));
        Event next = kit.postEvent.post(admin, Events.capped("bookclub", kit.clock.instant().plus(Duration.ofDays(2)),
                25, 0)).event();

        GroupProgramme page = programme.group(key, "bookclub").orElseThrow();
        assertThat(page.upcoming()).extracting(PublicEvent::id).containsExactly(next.id());
        assertThat(page.past()).extracting(PublicEvent::id).containsExactly(past.id());
        assertThat(programme.calendar(key, "bookclub").orElseThrow().events())
                .extracting(listing -> listing.event().id()).containsExactly(past.id(), next.id());

        kit.clock.set(start.plus(Duration.ofDays(40)));
        assertThat(programme.calendar(key, "bookclub").orElseThrow().events())
                .extracting(listing -> listing.event().id()).containsExactly(next.id());
        assertThat(programme.group(key, "nope")).isEmpty();
    }

    private int sequenceOf(Event event) {
        return programme.event(key, event.id()).orElseThrow().event().sequence();
    }
}
