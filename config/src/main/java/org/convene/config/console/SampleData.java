package org.convene.config.console;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.Recurrence;
import org.convene.core.port.CommunityRepository;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.Transactions;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.CreateGroupUseCase;
import org.convene.core.usecase.EnterSpaceUseCase;
import org.convene.core.usecase.MemberRef;
import org.convene.core.usecase.OrganizersUseCase;
import org.convene.core.usecase.PostEventUseCase;
import org.convene.core.usecase.RsvpUseCase;

/**
 * Seeds the console's own community with a library council's groups, organizers and upcoming events, so a first
 * console run shows something. Only the console seeds it: a run on Discord or Slack starts with an empty database.
 */
public final class SampleData {

    /** The people of the sample community, as {@code /as} lists them. */
    public static final List<String> ADMINS = List.of("Ada Admin");
    public static final List<String> ORGANIZERS = List.of("Olive Organizer", "Sam Archivist", "Priya Cataloger");
    public static final List<String> MEMBERS = List.of("Grace", "Linus", "Barbara");

    private final Transactions transactions;
    private final CommunityRepository communities;
    private final MemberRepository members;
    private final EnterSpaceUseCase enterSpace;
    private final CreateGroupUseCase createGroup;
    private final OrganizersUseCase organizers;
    private final PostEventUseCase postEvent;
    private final RsvpUseCase rsvp;
    private final Clock clock;

    @Inject
    public SampleData(Transactions transactions, CommunityRepository communities, MemberRepository members,
                      EnterSpaceUseCase enterSpace, CreateGroupUseCase createGroup, OrganizersUseCase organizers,
                      PostEventUseCase postEvent, RsvpUseCase rsvp, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.communities = requireNonNull(communities, "communities");
        this.members = requireNonNull(members, "members");
        this.enterSpace = requireNonNull(enterSpace, "enterSpace");
        this.createGroup = requireNonNull(createGroup, "createGroup");
        this.organizers = requireNonNull(organizers, "organizers");
        this.postEvent = requireNonNull(postEvent, "postEvent");
        this.rsvp = requireNonNull(rsvp, "rsvp");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Seeds once: returns false, changing nothing, when the console's community already exists. */
    public boolean seedIfEmpty() {
        if (communities.bySpace(ConsoleSpace.SPACE).isPresent()) {
            return false;
        }
        transactions.inTransaction(this::seed);
        return true;
    }

    private void seed() {
        Actor admin = enter("Ada Admin", true);
        members.setAdmin(admin.memberId(), true);
        ORGANIZERS.forEach(name -> enter(name, false));
        group(admin, "code4libnyc", "Code4LibNYC", "Librarians, archivists and technologists in New York who "
                + "write code for libraries: lightning talks, hack nights, a friendly crowd.", "Olive Organizer");
        group(admin, "digipres", "Digital Preservation", "Keeping bits alive: formats, fixity, storage and the "
                + "people who care for them.", "Sam Archivist");
        group(admin, "a11y", "Accessibility (A11y) in Libraries", "Making collections, catalogs and spaces usable "
                + "by everyone.", "Priya Cataloger");
        group(admin, "ill", "Library Resource Sharing/Interlibrary Loan", "Borrowing and lending between "
                + "libraries: workflows, tools and policy.", "Olive Organizer");
        group(admin, "prison-libraries", "Prison Library Support Network", "Getting books and information to "
                + "incarcerated readers.", "Sam Archivist");
        Actor olive = enter("Olive Organizer", false);
        Actor sam = enter("Sam Archivist", false);
        ZoneId zone = admin.community().zone();
        Event bookClub = postEvent.post(olive, new PostEventUseCase.Input("code4libnyc", "Book club: The Overstory",
                "We discuss Richard Powers' novel. Confirmed attendees get the video link the day before.",
                at(zone, 9, DayOfWeek.THURSDAY, 18, 0), at(zone, 9, DayOfWeek.THURSDAY, 19, 30), zone, null,
                null, "https://meet.example.org/convene-book-club", 25, 0, null, null)).event();
        postEvent.post(sam, new PostEventUseCase.Input("digipres", "Community chat", "An open conversation every "
                + "other week: bring a question or a win.", at(zone, 4, DayOfWeek.TUESDAY, 12, 0),
                at(zone, 4, DayOfWeek.TUESDAY, 13, 0), zone, null, "https://meet.example.org/digipres-chat", null,
                null, 0, null, Recurrence.BIWEEKLY));
        postEvent.post(olive, new PostEventUseCase.Input("ill", "Networking hour", "Drop in, meet colleagues from "
                + "other libraries. No cap, bring a friend.", at(zone, 6, DayOfWeek.WEDNESDAY, 17, 30),
                at(zone, 6, DayOfWeek.WEDNESDAY, 18, 30), zone, "Mid-Manhattan Library, 5th floor", null, null,
                null, 2, null, null));
        for (String name : MEMBERS) {
            rsvp.rsvp(enter(name, false), new RsvpUseCase.Input(bookClub.id(), Answer.GOING, 0));
        }
    }

    private void group(Actor admin, String slug, String name, String description, String organizer) {
        createGroup.create(admin, new CreateGroupUseCase.Input(slug, name, description));
        organizers.add(admin, slug, new MemberRef.ByName(organizer));
    }

    private Actor enter(String name, boolean platformAdmin) {
        var caller = ConsoleSpace.caller(name);
        return enterSpace.enter(new EnterSpaceUseCase.Input(caller.space(), ConsoleSpace.NAME, caller.identity(),
                name, platformAdmin));
    }

    /** The first {@code weekday} at least {@code daysAhead} days from now, at a local time. */
    private java.time.Instant at(ZoneId zone, int daysAhead, DayOfWeek weekday, int hour, int minute) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), zone).plusDays(daysAhead)
                .with(TemporalAdjusters.nextOrSame(weekday));
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), zone).toInstant();
    }
}
