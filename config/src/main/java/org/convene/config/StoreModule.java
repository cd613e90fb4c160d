package org.convene.config;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.Optional;
import javax.sql.DataSource;
import org.convene.core.port.CommunityRepository;
import org.convene.core.port.EventRepository;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.LinkCodeRepository;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.OutboxBacklog;
import org.convene.core.port.OutboxLoad;
import org.convene.core.port.OutboxRepository;
import org.convene.core.port.RsvpRepository;
import org.convene.core.port.SeatMoves;
import org.convene.core.port.AnswerBatches;
import org.convene.core.port.ScheduleRepository;
import org.convene.core.port.SubmissionRepository;
import org.convene.core.port.Transactions;
import org.convene.core.port.ProgrammeRepository;
import org.convene.core.store.AnnouncingEventRepository;
import org.convene.core.store.AnnouncingProgrammeRepository;
import org.convene.core.store.AnnouncingRsvps;
import org.convene.core.store.CachingCommunityRepository;
import org.convene.core.store.CachingMemberRepository;
import org.convene.core.store.JdbcProgrammeRepository;
import org.convene.core.store.CachingGroupRepository;
import org.convene.core.store.Database;
import org.convene.core.store.HotReads;
import org.convene.core.store.DatabaseSettings;
import org.convene.core.store.Jdbc;
import org.convene.core.store.JdbcCommunityRepository;
import org.convene.core.store.JdbcEventRepository;
import org.convene.core.store.JdbcGroupRepository;
import org.convene.core.store.JdbcLinkCodeRepository;
import org.convene.core.store.JdbcMemberRepository;
import org.convene.core.store.JdbcOutboxLoad;
import org.convene.core.store.JdbcOutboxRepository;
import org.convene.core.store.JdbcScheduleRepository;
import org.convene.core.store.JdbcRsvpRepository;
import org.convene.core.store.JdbcSeatMoves;
import org.convene.core.store.JdbcAnswerBatches;
import org.convene.core.store.JdbcSubmissionRepository;

/** The store: the database (embedded or configured), the JDBC repositories behind the ports, and the caches. */
public final class StoreModule extends AbstractModule {

    private final Settings settings;
    private final Optional<DatabaseOpening> opening;

    public StoreModule(Settings settings) {
        this(settings, Optional.empty());
    }

    /** As above, taking the database {@code opening} began instead of opening it when it is first asked for. */
    StoreModule(Settings settings, Optional<DatabaseOpening> opening) {
        this.settings = requireNonNull(settings, "settings");
        this.opening = requireNonNull(opening, "opening");
    }

    @Override
    protected void configure() {
        bind(Jdbc.class).in(Singleton.class);
        bind(Transactions.class).to(Jdbc.class);
        bind(LinkCodeRepository.class).to(JdbcLinkCodeRepository.class).in(Singleton.class);
        bind(RsvpRepository.class).to(JdbcRsvpRepository.class).in(Singleton.class);
        bind(OutboxRepository.class).to(JdbcOutboxRepository.class).in(Singleton.class);
        bind(OutboxBacklog.class).to(JdbcOutboxRepository.class).in(Singleton.class);
        bind(OutboxLoad.class).to(JdbcOutboxLoad.class).in(Singleton.class);
        bind(ScheduleRepository.class).to(JdbcScheduleRepository.class).in(Singleton.class);
        bind(org.convene.core.port.CalendarSecretRepository.class)
                .to(org.convene.core.store.JdbcCalendarSecretRepository.class).in(Singleton.class);
        bind(SubmissionRepository.class).to(JdbcSubmissionRepository.class).in(Singleton.class);
        bind(org.convene.core.port.PollRepository.class).to(org.convene.core.store.JdbcPollRepository.class)
                .in(Singleton.class);
        bind(org.convene.core.port.WaitlistRules.class).to(org.convene.core.store.JdbcWaitlistRules.class)
                .in(Singleton.class);
        bind(org.convene.core.port.AttendanceRepository.class)
                .to(org.convene.core.store.JdbcAttendanceRepository.class).in(Singleton.class);
        bind(org.convene.core.port.TalkRepository.class).to(org.convene.core.store.JdbcTalkRepository.class)
                .in(Singleton.class);
    }

    @Provides
    @Singleton
    DatabaseSettings databaseSettings() {
        return databaseSettings(settings);
    }

    static DatabaseSettings databaseSettings(Settings settings) {
        Settings.DatabaseSection database = settings.database();
        return new DatabaseSettings(database.url(), database.user(), database.password(), settings.dataDirectory(),
                database.poolSize());
    }

    /**
     * The database the opening began, or else opened (starting the embedded one if no server is set) the first time
     * it is asked for.
     */
    @Provides
    @Singleton
    Database database(DatabaseSettings databaseSettings) {
        return opening.map(DatabaseOpening::await).orElseGet(() -> Database.open(databaseSettings));
    }

    @Provides
    @Singleton
    HotReads hotReads() {
        return HotReads.standard();
    }

    @Provides
    @Singleton
    CommunityRepository communities(Jdbc jdbc, HotReads hotReads) {
        return new CachingCommunityRepository(new JdbcCommunityRepository(jdbc), hotReads, jdbc);
    }

    @Provides
    @Singleton
    MemberRepository members(Jdbc jdbc, HotReads hotReads) {
        return new CachingMemberRepository(new JdbcMemberRepository(jdbc), hotReads, jdbc);
    }

    @Provides
    @Singleton
    GroupRepository groups(Jdbc jdbc, HotReads hotReads) {
        return new CachingGroupRepository(new JdbcGroupRepository(jdbc), hotReads, jdbc);
    }

    @Provides
    @Singleton
    EventRepository events(Jdbc jdbc, HotReads hotReads) {
        return new AnnouncingEventRepository(new JdbcEventRepository(jdbc), hotReads, jdbc);
    }

    @Provides
    @Singleton
    SeatMoves seatMoves(Jdbc jdbc, HotReads hotReads) {
        return AnnouncingRsvps.seatMoves(new JdbcSeatMoves(jdbc), hotReads, jdbc);
    }

    @Provides
    @Singleton
    AnswerBatches answerBatches(Jdbc jdbc, HotReads hotReads) {
        return AnnouncingRsvps.answerBatches(new JdbcAnswerBatches(jdbc), hotReads, jdbc);
    }

    @Provides
    @Singleton
    ProgrammeRepository programme(Jdbc jdbc, HotReads hotReads) {
        return new AnnouncingProgrammeRepository(new JdbcProgrammeRepository(jdbc), hotReads, jdbc);
    }

    @Provides
    DataSource dataSource(Database database) {
        return database.dataSource();
    }
}
