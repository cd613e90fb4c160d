package org.convene.core.testing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.convene.core.metrics.CommandMeters;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.convene.core.command.Caller;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.CommandRouter;
import org.convene.core.command.CommandService;
import org.convene.core.command.handler.AnnounceHereHandler;
import org.convene.core.command.handler.AttendeesHandler;
import org.convene.core.command.handler.CancelHandler;
import org.convene.core.command.handler.EditHandler;
import org.convene.core.command.handler.EventsHandler;
import org.convene.core.command.handler.GroupHandlers;
import org.convene.core.command.handler.GroupsHandler;
import org.convene.core.command.handler.HelpHandler;
import org.convene.core.command.handler.LinkHandler;
import org.convene.core.command.handler.LinkSpaceHandler;
import org.convene.core.command.handler.MembershipHandler;
import org.convene.core.command.handler.MineHandler;
import org.convene.core.command.handler.PostHandler;
import org.convene.core.command.handler.RsvpHandler;
import org.convene.core.command.handler.ShowEventHandler;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Platform;
import org.convene.core.domain.SpaceRef;
import org.convene.core.port.CommunityRepository;
import org.convene.core.port.DuePlans;
import org.convene.core.port.ScheduleRepository;
import org.convene.core.port.EventRepository;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.LinkCodeRepository;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.OutboxRepository;
import org.convene.core.port.RsvpRepository;
import org.convene.core.port.SeatMoves;
import org.convene.core.outbox.ChangePlanner;
import org.convene.core.outbox.FailureReporter;
import org.convene.core.outbox.MessageComposer;
import org.convene.core.outbox.OutboxNotices;
import org.convene.core.outbox.OutboxWorker;
import org.convene.core.outbox.Publisher;
import org.convene.core.outbox.Recipients;
import org.convene.core.outbox.SeriesLayout;
import org.convene.core.outbox.TimedMessagePlanner;
import org.convene.core.outbox.TimedMessages;
import org.convene.core.store.CachingCommunityRepository;
import org.convene.core.store.CachingMemberRepository;
import org.convene.core.store.CachingGroupRepository;
import org.convene.core.store.HotReads;
import org.convene.core.store.Jdbc;
import org.convene.core.store.JdbcCommunityRepository;
import org.convene.core.store.JdbcEventRepository;
import org.convene.core.store.JdbcGroupRepository;
import org.convene.core.store.JdbcLinkCodeRepository;
import org.convene.core.store.JdbcMemberRepository;
import org.convene.core.store.JdbcOutboxRepository;
import org.convene.core.store.JdbcScheduleRepository;
import org.convene.core.store.JdbcRsvpRepository;
import org.convene.core.store.JdbcSeatMoves;
import org.convene.core.usecase.Access;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.ArchiveGroupUseCase;
import org.convene.core.usecase.BindChannelUseCase;
import org.convene.core.usecase.CancelEventUseCase;
import org.convene.core.usecase.CommunityDefaults;
import org.convene.core.usecase.CreateGroupUseCase;
import org.convene.core.usecase.EditEventUseCase;
import org.convene.core.usecase.EnterSpaceUseCase;
import org.convene.core.usecase.IssueLinkCodeUseCase;
import org.convene.core.usecase.JoinSpaceUseCase;
import org.convene.core.usecase.LinkIdentityUseCase;
import org.convene.core.usecase.ListAttendeesUseCase;
import org.convene.core.usecase.ListEventsUseCase;
import org.convene.core.usecase.ListGroupsUseCase;
import org.convene.core.usecase.Lookups;
import org.convene.core.usecase.Members;
import org.convene.core.usecase.MembershipUseCase;
import org.convene.core.usecase.MyAgendaUseCase;
import org.convene.core.usecase.OrganizersUseCase;
import org.convene.core.usecase.PostEventUseCase;
import org.convene.core.usecase.RsvpUseCase;
import org.convene.core.usecase.SeatKeeper;
import org.convene.core.usecase.ShowEventUseCase;

/** The core wired by hand over a fresh test database and a clock the test controls. */
public final class CoreKit implements AutoCloseable {

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final Instant START = Instant.parse("2026-11-02T15:00:00Z");
    /** The console community's general channel, where {@link #caller} types. */
    public static final ChannelRef GENERAL = new ChannelRef(Platform.CONSOLE, "library-council", "general");

    public final TestDatabase database;
    public final MutableClock clock = new MutableClock(START);
    public final Jdbc jdbc;
    public final CountingDataSource statements;
    public final ManualTicker ticker = new ManualTicker();
    public final HotReads hotReads;
    public final CommunityRepository communities;
    public final MemberRepository members;
    public final LinkCodeRepository linkCodes;
    public final GroupRepository groups;
    public final EventRepository events;
    public final RsvpRepository rsvps;
    public final org.convene.core.port.WaitlistRules waitlistRules;
    public final org.convene.core.port.AttendanceRepository attendanceRecords;
    public final org.convene.core.attendance.AttendanceUseCase attendance;
    public final org.convene.core.attendance.CheckInUseCase checkIn;
    public final org.convene.core.attendance.AttendanceRecordUseCase attendanceRecord;
    public final SeatMoves seatMoves;
    public final OutboxRepository outbox;
    public final OutboxNotices notices;
    public final MessageComposer composer;
    public final FailureReporter failures;
    public final TimedMessagePlanner planner;
    public final ScheduleRepository schedule;
    public final DuePlans plans;
    public final RecordingPublisher console = new RecordingPublisher(Platform.CONSOLE);
    public final Access access;
    public final Lookups lookups;
    public final SeatKeeper seats;
    public final EnterSpaceUseCase enterSpace;
    public final org.convene.core.usecase.SpaceLifecycleUseCase spaceLifecycle;
    public final IssueLinkCodeUseCase issueLinkCode;
    public final JoinSpaceUseCase joinSpace;
    public final LinkIdentityUseCase linkIdentity;
    public final CreateGroupUseCase createGroup;
    public final ArchiveGroupUseCase archiveGroup;
    public final OrganizersUseCase organizers;
    public final BindChannelUseCase bindChannel;
    public final MembershipUseCase membership;
    public final ListGroupsUseCase listGroups;
    public final ShowEventUseCase showEvent;
    public final ListEventsUseCase listEvents;
    public final PostEventUseCase postEvent;
    public final EditEventUseCase editEvent;
    public final CancelEventUseCase cancelEvent;
    public final org.convene.core.usecase.AnswerCombiner answerCombiner = new org.convene.core.usecase.AnswerCombiner();
    public final org.convene.core.usecase.RememberedLedgers ledgers = new org.convene.core.usecase.RememberedLedgers();
    public final RsvpUseCase rsvp;
    public final MyAgendaUseCase myAgenda;
    public final ListAttendeesUseCase listAttendees;
    public final CommandService commands;
    public final org.convene.core.port.PollRepository polls;
    public final org.convene.core.usecase.DatePollUseCase datePolls;
    /** Calls for presenters: slots, offers and the agenda. */
    public final org.convene.core.port.TalkRepository talks;
    public final org.convene.core.talk.Agendas agendas;
    public final org.convene.core.talk.TalkCallUseCase talkCalls;
    public final org.convene.core.talk.TalkOfferUseCase talkOffers;
    /** The public face: pages and feeds under {@link #PUBLIC_URL}, visibility and listing, personal calendars. */
    public static final String PUBLIC_URL = "https://meet.example.org";
    public final org.convene.core.programme.PublicAddresses addresses =
            new org.convene.core.programme.PublicAddresses(PUBLIC_URL);
    public final org.convene.core.programme.PublicProgramme programme;
    public final org.convene.core.programme.PublicFaceUseCase publicFace;
    public final org.convene.core.programme.PersonalCalendarUseCase personalCalendars;
    /** Group proposals and members' preferences. */
    public final org.convene.core.store.JdbcPreferenceRepository preferenceStore;
    public final org.convene.core.store.JdbcProposalRepository proposalStore;
    public final org.convene.core.usecase.PreferencesUseCase preferences;
    public final org.convene.core.proposal.ProposeGroupUseCase proposeGroup;
    public final org.convene.core.proposal.ReviewProposalsUseCase reviewProposals;
    /** Where the commands' and RSVPs' meters go; records nothing unless a registry is given. */
    public final MeterRegistry meters;
    private final org.convene.core.command.CommandParser textParser = org.convene.core.command.CommandParser.plain();

    public CoreKit() {
        this(TestDatabase.fresh());
    }

    public CoreKit(TestDatabase database) {
        this(database, new CompositeMeterRegistry());
    }

    public CoreKit(TestDatabase database, MeterRegistry meters) {
        this(database, meters, true);
    }

    /**
     * A kit whose statements go to the database without the counting proxy in between, for load measurements, which
     * should measure the statements and not the proxy's reflection.
     */
    public static CoreKit uncounted(TestDatabase database) {
        return uncounted(database, new CompositeMeterRegistry());
    }

    /** As {@link #uncounted(TestDatabase)}, with the core's meters in {@code meters}. */
    public static CoreKit uncounted(TestDatabase database, MeterRegistry meters) {
        return new CoreKit(database, meters, false);
    }

    private CoreKit(TestDatabase database, MeterRegistry meters, boolean counting) {
        this.database = database;
        // Tests count statements and expect what a write announces to be out when it returns; load measurements
        // announce as the bot does, gathered and off the writer's thread.
        hotReads = counting ? new HotReads(ticker, 1_000, java.time.Duration.ofSeconds(30), Runnable::run)
                : new HotReads(ticker, 1_000, java.time.Duration.ofSeconds(30));
        this.meters = meters;
        CommandMeters commandMeters = new CommandMeters(meters);
        statements = counting ? new CountingDataSource(database.dataSource())
                : CountingDataSource.off(database.dataSource());
        jdbc = new Jdbc(statements.dataSource());
        communities = new CachingCommunityRepository(new JdbcCommunityRepository(jdbc), hotReads, jdbc);
        members = new CachingMemberRepository(new JdbcMemberRepository(jdbc), hotReads, jdbc);
        linkCodes = new JdbcLinkCodeRepository(jdbc);
        groups = new CachingGroupRepository(new JdbcGroupRepository(jdbc), hotReads, jdbc);
        events = new org.convene.core.store.AnnouncingEventRepository(new JdbcEventRepository(jdbc), hotReads, jdbc);
        rsvps = new JdbcRsvpRepository(jdbc);
        waitlistRules = new org.convene.core.store.JdbcWaitlistRules(jdbc);
        attendanceRecords = new org.convene.core.store.JdbcAttendanceRepository(jdbc);
        seatMoves = org.convene.core.store.AnnouncingRsvps.seatMoves(new JdbcSeatMoves(jdbc), hotReads, jdbc);
        outbox = new JdbcOutboxRepository(jdbc);
        preferenceStore = new org.convene.core.store.JdbcPreferenceRepository(jdbc);
        proposalStore = new org.convene.core.store.JdbcProposalRepository(jdbc);
        Recipients recipients = new Recipients(members, communities, preferenceStore);
        notices = new OutboxNotices(outbox, groups, communities, rsvps, recipients, clock);
        org.convene.core.proposal.ProposalMessages proposalMessages =
                new org.convene.core.proposal.ProposalMessages(proposalStore, members);
        polls = new org.convene.core.store.JdbcPollRepository(jdbc);
        talks = new org.convene.core.store.JdbcTalkRepository(jdbc);
        composer = new MessageComposer(events, groups, rsvps, outbox, communities, polls, clock,
                preferenceStore, java.util.Set.of(proposalMessages,
                        new org.convene.core.talk.TalkMessages(talks, events, members, clock)));
        failures = new FailureReporter(outbox, events, groups, members, recipients, clock);
        schedule = new JdbcScheduleRepository(jdbc);
        TimedMessages timedMessages = new TimedMessages(outbox, groups, rsvps, notices);
        planner = new TimedMessagePlanner(jdbc, schedule, outbox, groups, timedMessages,
                new SeriesLayout(schedule, events, groups, notices), clock);
        plans = new ChangePlanner(jdbc, schedule, groups, communities, timedMessages, clock);
        access = new Access(groups);
        lookups = new Lookups(groups, events);
        seats = new SeatKeeper(events, rsvps, seatMoves, notices, waitlistRules, clock);
        enterSpace = new EnterSpaceUseCase(jdbc, communities, members, new CommunityDefaults(NEW_YORK), clock);
        spaceLifecycle = new org.convene.core.usecase.SpaceLifecycleUseCase(jdbc, communities, members, outbox, clock);
        issueLinkCode = new IssueLinkCodeUseCase(linkCodes, access, clock);
        org.convene.core.usecase.AccountMerge accountMerge = new org.convene.core.usecase.AccountMerge(members, rsvps,
                events, seats);
        joinSpace = new JoinSpaceUseCase(jdbc, linkCodes, communities, groups, members, accountMerge, access, clock);
        linkIdentity = new LinkIdentityUseCase(jdbc, linkCodes, members, accountMerge, clock);
        createGroup = new CreateGroupUseCase(jdbc, groups, access, clock);
        archiveGroup = new ArchiveGroupUseCase(groups, lookups, access);
        organizers = new OrganizersUseCase(jdbc, groups, lookups, new Members(members, clock), access, clock);
        bindChannel = new BindChannelUseCase(groups, lookups, access);
        membership = new MembershipUseCase(groups, lookups, clock);
        listGroups = new ListGroupsUseCase(groups, events, clock);
        agendas = new org.convene.core.talk.Agendas(talks, members);
        showEvent = new ShowEventUseCase(rsvps, lookups, access, clock, agendas);
        talkCalls = new org.convene.core.talk.TalkCallUseCase(jdbc, talks, agendas, lookups, access, clock);
        talkOffers = new org.convene.core.talk.TalkOfferUseCase(jdbc, talks,
                new org.convene.core.talk.PresenterSeats(seats, rsvps),
                new org.convene.core.talk.TalkNotices(outbox, groups, members, recipients, clock), agendas, groups,
                lookups, access, plans, clock);
        listEvents = new ListEventsUseCase(events, lookups, showEvent, clock);
        postEvent = new PostEventUseCase(jdbc, events, schedule, lookups, access, notices, clock);
        editEvent = new EditEventUseCase(jdbc, events, lookups, access, seats, notices, schedule, plans, clock);
        cancelEvent = new CancelEventUseCase(jdbc, events, lookups, access, notices, schedule, clock);
        rsvp = new RsvpUseCase(jdbc, groups, seatMoves, lookups, seats, plans, new org.convene.core.usecase.CombinedAnswers(
                jdbc, org.convene.core.store.AnnouncingRsvps.answerBatches(
                new org.convene.core.store.JdbcAnswerBatches(jdbc), hotReads, jdbc), ledgers, groups, notices,
                waitlistRules, clock),
                answerCombiner, clock);
        myAgenda = new MyAgendaUseCase(groups, rsvps, lookups, showEvent, clock);
        listAttendees = new ListAttendeesUseCase(rsvps, members, lookups, access, attendanceRecords);
        attendance = new org.convene.core.attendance.AttendanceUseCase(attendanceRecords, rsvps, members,
                new Members(members, clock), lookups, access, new org.convene.core.attendance.CheckInCodes(), jdbc,
                clock);
        checkIn = new org.convene.core.attendance.CheckInUseCase(attendanceRecords, rsvps, lookups, clock);
        attendanceRecord = new org.convene.core.attendance.AttendanceRecordUseCase(attendanceRecords, access, clock);
        org.convene.core.port.ProgrammeRepository programmeReads = new org.convene.core.store.AnnouncingProgrammeRepository(
                new org.convene.core.store.JdbcProgrammeRepository(jdbc), hotReads, jdbc);
        programme = new org.convene.core.programme.PublicProgramme(programmeReads, clock);
        publicFace = new org.convene.core.programme.PublicFaceUseCase(programmeReads, access);
        personalCalendars = new org.convene.core.programme.PersonalCalendarUseCase(jdbc,
                new org.convene.core.store.JdbcCalendarSecretRepository(jdbc), programmeReads, members, communities,
                events, rsvps, clock);
        preferences = new org.convene.core.usecase.PreferencesUseCase(jdbc, preferenceStore, members, groups, lookups);
        org.convene.core.proposal.ProposalNotices proposalNotices = new org.convene.core.proposal.ProposalNotices(
                outbox, recipients, groups, proposalStore, clock);
        proposeGroup = new org.convene.core.proposal.ProposeGroupUseCase(jdbc, proposalStore, groups,
                new Members(members, clock), proposalNotices, clock);
        reviewProposals = new org.convene.core.proposal.ReviewProposalsUseCase(jdbc, proposalStore, members,
                createGroup, organizers, proposalNotices, access, clock);
        datePolls = new org.convene.core.usecase.DatePollUseCase(jdbc, polls, groups, lookups, access,
                new org.convene.core.outbox.PollAnnouncements(outbox, groups, recipients, clock), postEvent, clock);
        Set<CommandHandler<?>> handlers = Set.of(new HelpHandler(), new GroupsHandler(listGroups),
                new MembershipHandler.Join(membership), new MembershipHandler.Leave(membership),
                new EventsHandler(listEvents), new ShowEventHandler(showEvent),
                new RsvpHandler(rsvp, showEvent, commandMeters),
                new MineHandler(myAgenda), new LinkHandler(issueLinkCode, linkIdentity),
                new PostHandler(postEvent, showEvent, attendance, jdbc, clock),
                new EditHandler(editEvent, showEvent, lookups, attendance, jdbc, clock),
                new CancelHandler(cancelEvent), new AttendeesHandler(listAttendees),
                new AnnounceHereHandler(bindChannel), new GroupHandlers.Create(createGroup),
                new GroupHandlers.Archive(archiveGroup), new GroupHandlers.Organizer(organizers),
                new LinkSpaceHandler(issueLinkCode, joinSpace),
                new org.convene.core.command.handler.RemindersHandler(
                        new org.convene.core.usecase.ReminderLeadsUseCase(communities, access, plans)),
                new org.convene.core.command.handler.CalendarHandler(personalCalendars, addresses),
                new org.convene.core.command.handler.ProfileHandler(publicFace, preferences),
                new org.convene.core.command.handler.VisibilityHandler(publicFace, addresses),
                new org.convene.core.command.handler.ProposeHandler(proposeGroup),
                new org.convene.core.command.handler.ProposalHandlers.Open(reviewProposals, proposalMessages),
                new org.convene.core.command.handler.ProposalHandlers.Accept(reviewProposals),
                new org.convene.core.command.handler.ProposalHandlers.Decline(reviewProposals),
                new org.convene.core.command.handler.ProposalHandlers.Guidelines(reviewProposals, proposeGroup),
                new org.convene.core.command.handler.PollHandlers.Create(datePolls, clock),
                new org.convene.core.command.handler.PollHandlers.Show(datePolls),
                new org.convene.core.command.handler.PollHandlers.Vote(datePolls),
                new org.convene.core.command.handler.PollHandlers.Close(datePolls, showEvent),
                new org.convene.core.command.handler.PollHandlers.PostForm(datePolls, showEvent, clock),
                new org.convene.core.command.handler.CheckInHandler(checkIn),
                new org.convene.core.command.handler.AttendanceHandler(attendance),
                new org.convene.core.command.handler.AttendanceMineHandler(attendanceRecord),
                new org.convene.core.command.handler.NoShowExpiryHandler(attendanceRecord),
                new org.convene.core.command.handler.TalkHandlers.Slots(talkCalls),
                new org.convene.core.command.handler.TalkHandlers.Offer(talkOffers),
                new org.convene.core.command.handler.TalkHandlers.Accept(talkOffers),
                new org.convene.core.command.handler.TalkHandlers.Decline(talkOffers),
                new org.convene.core.command.handler.TalkHandlers.Withdraw(talkOffers),
                new org.convene.core.command.handler.TalkHandlers.ShowAgenda(talkCalls));
        commands = new CommandService(enterSpace, new CommandRouter(handlers),
                new org.convene.core.command.CommandGate(lookups, access),
                new org.convene.core.usecase.SubmissionOnce(jdbc, new org.convene.core.store.JdbcSubmissionRepository(jdbc),
                        clock), commandMeters);
    }

    /** A person typing in the console space {@code space}; {@code admin} as the platform would report it. */
    public Actor person(String space, String name, boolean admin) {
        return enterSpace.enter(new EnterSpaceUseCase.Input(new SpaceRef(Platform.CONSOLE, space), space,
                new Identity(Platform.CONSOLE, name.toLowerCase()), name, admin));
    }

    /** A person, by their user id on {@code platform}, entering the space named {@code space} there. */
    public Actor on(Platform platform, String space, String user, boolean admin) {
        return enterSpace.enter(new EnterSpaceUseCase.Input(new SpaceRef(platform, space), space,
                new Identity(platform, user), user, admin));
    }

    public Actor admin() {
        return person("library-council", "Ada Admin", true);
    }

    /**
     * {@code count} messages to the admin on the console ("message 0", "message 1", ...), keyed {@code keyPrefix} and
     * their number, all due now, written in one transaction: a backlog for the outbox's workers.
     */
    public void messagesToAdmin(String keyPrefix, int count) {
        Actor admin = admin();
        jdbc.inTransaction(() -> {
            for (int index = 0; index < count; index++) {
                outbox.add(org.convene.core.outbox.OutboxMessage.toMember(keyPrefix + index,
                        org.convene.core.outbox.MessageKind.DELIVERY_FAILED, admin.communityId(), null,
                        admin.memberId(), new org.convene.core.outbox.Recipient(Platform.CONSOLE, "library-council",
                                "ada-admin"), "message " + index, clock.instant()));
            }
        });
    }

    /** The admin, once the group {@code slug} (named {@code name}) exists in their community. */
    public Actor adminWithGroup(String slug, String name) {
        Actor admin = admin();
        createGroup.create(admin, new org.convene.core.usecase.CreateGroupUseCase.Input(slug, name, ""));
        return admin;
    }

    public Actor member(String name) {
        return person("library-council", name, false);
    }

    /** Runs {@code text} as {@code who} types it on the console or in Slack, in the console community. */
    public org.convene.core.reply.Reply typed(String who, boolean admin, String text) {
        return commands.runText(caller(who, admin), text, textParser);
    }

    /**
     * The scene most outbox tests start from: the clock a day past {@link #START}, and the admin's "bookclub" group
     * announcing in {@code channel}. Returns the admin.
     */
    public Actor bookClubAnnouncingIn(org.convene.core.domain.ChannelRef channel) {
        clock.set(START.plus(java.time.Duration.ofDays(1)));
        Actor admin = admin();
        createGroup.create(admin, new org.convene.core.usecase.CreateGroupUseCase.Input("bookclub", "Book Club", ""));
        bindChannel.bind(admin, "bookclub", channel);
        return admin;
    }

    /** Asserts that {@code action} is refused with exactly {@code message} and that no row changed. */
    public void assertRefusedAndUnchanged(Runnable action, String message) {
        String before = database.snapshot();
        org.assertj.core.api.Assertions.assertThatThrownBy(action::run)
                .isInstanceOf(org.convene.core.domain.Refusal.class).hasMessage(message);
        org.assertj.core.api.Assertions.assertThat(database.snapshot()).isEqualTo(before);
    }

    /**
     * An outbox worker named {@code owner} over the given publishers (the console recorder when none), under a
     * 60-second lease for sends of up to 20 seconds.
     */
    public OutboxWorker worker(String owner, Publisher... publishers) {
        return new OutboxWorker(outbox, composer, publishers.length == 0 ? java.util.List.of(console)
                : java.util.List.of(publishers), failures, clock, owner, java.time.Duration.ofSeconds(60), java.time.Duration.ofSeconds(20));
    }

    /** Another instance's planner over the same database, with caches of its own. */
    public TimedMessagePlanner anotherPlanner() {
        HotReads reads = new HotReads(new ManualTicker(), 1_000, java.time.Duration.ofSeconds(30));
        CommunityRepository otherCommunities = new CachingCommunityRepository(new JdbcCommunityRepository(jdbc), reads,
                jdbc);
        GroupRepository otherGroups = new CachingGroupRepository(new JdbcGroupRepository(jdbc), reads, jdbc);
        OutboxNotices otherNotices = new OutboxNotices(outbox, otherGroups, otherCommunities, rsvps,
                new Recipients(members, otherCommunities), clock);
        return new TimedMessagePlanner(jdbc, schedule, outbox, otherGroups,
                new TimedMessages(outbox, otherGroups, rsvps, otherNotices),
                new SeriesLayout(schedule, events, otherGroups, otherNotices), clock);
    }

    /** Someone typing in the console community, in its general channel. */
    public Caller caller(String name, boolean admin) {
        return new Caller(new SpaceRef(Platform.CONSOLE, "library-council"), "library-council",
                new Identity(Platform.CONSOLE, name.toLowerCase()), name, admin,
                GENERAL);
    }

    @Override
    public void close() {
        database.close();
    }
}
