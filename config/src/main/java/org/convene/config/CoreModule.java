package org.convene.config;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.convene.core.command.CommandHandler;
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
import org.convene.core.port.CommunityRepository;
import org.convene.core.port.EventRepository;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.LinkCodeRepository;
import org.convene.core.port.MemberRepository;
import org.convene.core.outbox.OutboxNotices;
import org.convene.core.port.Notices;
import org.convene.core.port.OutboxRepository;
import org.convene.core.port.RsvpRepository;
import org.convene.core.port.ScheduleRepository;
import org.convene.core.port.Transactions;
import org.convene.core.store.CachingCommunityRepository;
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
import org.convene.core.store.JdbcOutboxRepository;
import org.convene.core.store.JdbcScheduleRepository;
import org.convene.core.store.JdbcRsvpRepository;
import org.convene.core.usecase.CommunityDefaults;

/** The core: the store's adapters behind the ports, the clock, and every command handler, registered here once. */
public final class CoreModule extends AbstractModule {

    /** Every verb's handler. The router refuses to start if a command has none. */
    static final List<Class<? extends CommandHandler<?>>> HANDLERS = List.of(HelpHandler.class,
            GroupsHandler.class, MembershipHandler.Join.class, MembershipHandler.Leave.class, EventsHandler.class,
            ShowEventHandler.class, RsvpHandler.class, MineHandler.class, LinkHandler.class, PostHandler.class,
            EditHandler.class, CancelHandler.class, AttendeesHandler.class, AnnounceHereHandler.class,
            GroupHandlers.Create.class, GroupHandlers.Archive.class, GroupHandlers.Organizer.class,
            LinkSpaceHandler.class);

    private final Settings settings;

    public CoreModule(Settings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    @Override
    protected void configure() {
        bind(Settings.class).toInstance(settings);
        bind(Clock.class).toInstance(Clock.systemUTC());
        bind(CommunityDefaults.class).toInstance(new CommunityDefaults(settings.zone()));
        bind(Jdbc.class).in(Singleton.class);
        bind(Transactions.class).to(Jdbc.class);
        bind(MemberRepository.class).to(JdbcMemberRepository.class).in(Singleton.class);
        bind(LinkCodeRepository.class).to(JdbcLinkCodeRepository.class).in(Singleton.class);
        bind(EventRepository.class).to(JdbcEventRepository.class).in(Singleton.class);
        bind(RsvpRepository.class).to(JdbcRsvpRepository.class).in(Singleton.class);
        bind(OutboxRepository.class).to(JdbcOutboxRepository.class).in(Singleton.class);
        bind(ScheduleRepository.class).to(JdbcScheduleRepository.class).in(Singleton.class);
        bind(OutboxNotices.class).in(Singleton.class);
        bind(Notices.class).to(OutboxNotices.class);
        Multibinder<CommandHandler<?>> handlers = Multibinder.newSetBinder(binder(),
                new TypeLiteral<CommandHandler<?>>() { });
        HANDLERS.forEach(handler -> handlers.addBinding().to(handler));
    }

    @Provides
    @Singleton
    DatabaseSettings databaseSettings() {
        Settings.DatabaseSection database = settings.database();
        return new DatabaseSettings(database.url(), database.user(), database.password(), settings.dataDirectory(),
                database.poolSize());
    }

    /** Opens the database (starting the embedded one if no server is set) the first time it is asked for. */
    @Provides
    @Singleton
    Database database(DatabaseSettings databaseSettings) {
        return Database.open(databaseSettings);
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
    GroupRepository groups(Jdbc jdbc, HotReads hotReads) {
        return new CachingGroupRepository(new JdbcGroupRepository(jdbc), hotReads, jdbc);
    }

    @Provides
    DataSource dataSource(Database database) {
        return database.dataSource();
    }
}
