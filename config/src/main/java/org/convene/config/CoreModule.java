package org.convene.config;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
import org.convene.core.command.handler.RemindersHandler;
import org.convene.core.command.handler.RsvpHandler;
import org.convene.core.command.handler.TalkHandlers;
import org.convene.core.command.handler.ShowEventHandler;
import org.convene.core.outbox.ChangePlanner;
import org.convene.core.outbox.OutboxNotices;
import org.convene.core.port.DuePlans;
import org.convene.core.port.Notices;
import org.convene.core.usecase.CommunityDefaults;

/** The core: settings, the clock, the outbox's notices, and every command handler, registered here once. */
public final class CoreModule extends AbstractModule {

    /** Every verb's handler. The router refuses to start if a command has none. */
    static final List<Class<? extends CommandHandler<?>>> HANDLERS = List.of(HelpHandler.class,
            GroupsHandler.class, MembershipHandler.Join.class, MembershipHandler.Leave.class, EventsHandler.class,
            ShowEventHandler.class, RsvpHandler.class, MineHandler.class, LinkHandler.class, PostHandler.class,
            EditHandler.class, CancelHandler.class, AttendeesHandler.class, AnnounceHereHandler.class,
            GroupHandlers.Create.class, GroupHandlers.Archive.class, GroupHandlers.Organizer.class,
            LinkSpaceHandler.class, RemindersHandler.class,
            org.convene.core.command.handler.CalendarHandler.class, org.convene.core.command.handler.ProfileHandler.class,
            org.convene.core.command.handler.VisibilityHandler.class,
            org.convene.core.command.handler.ProposeHandler.class,
            org.convene.core.command.handler.ProposalHandlers.Open.class,
            org.convene.core.command.handler.ProposalHandlers.Accept.class,
            org.convene.core.command.handler.ProposalHandlers.Decline.class,
            org.convene.core.command.handler.ProposalHandlers.Guidelines.class,
            org.convene.core.command.handler.PollHandlers.Create.class,
            org.convene.core.command.handler.PollHandlers.Show.class,
            org.convene.core.command.handler.PollHandlers.Vote.class,
            org.convene.core.command.handler.PollHandlers.Close.class,
            org.convene.core.command.handler.PollHandlers.PostForm.class,
            org.convene.core.command.handler.CheckInHandler.class,
            org.convene.core.command.handler.AttendanceHandler.class,
            org.convene.core.command.handler.AttendanceMineHandler.class,
            org.convene.core.command.handler.NoShowExpiryHandler.class,
            TalkHandlers.Slots.class, TalkHandlers.Offer.class, TalkHandlers.Accept.class,
            TalkHandlers.Decline.class, TalkHandlers.Withdraw.class, TalkHandlers.ShowAgenda.class);

    private final Settings settings;
    private final Optional<DatabaseOpening> database;

    public CoreModule(Settings settings) {
        this.settings = requireNonNull(settings, "settings");
        this.database = Optional.empty();
    }

    /** As above, with the database the opening began (see {@link DatabaseOpening}). */
    public CoreModule(Settings settings, DatabaseOpening database) {
        this.settings = requireNonNull(settings, "settings");
        this.database = Optional.of(database);
    }

    /**
     * Links in replies and feeds point at {@code CONVENE_PUBLIC_URL}; without it, at this machine's HTTP port, which
     * only the machine itself reaches.
     */
    static org.convene.core.programme.PublicAddresses publicAddresses(Settings settings) {
        String host = settings.http().host();
        String local = "http://" + (host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host) + ":"
                + settings.http().port();
        return new org.convene.core.programme.PublicAddresses(settings.publicUrl().orElse(local));
    }

    @Override
    protected void configure() {
        install(new StoreModule(settings, database));
        install(new MetricsModule());
        bind(Settings.class).toInstance(settings);
        bind(Clock.class).toInstance(Clock.systemUTC());
        bind(CommunityDefaults.class).toInstance(new CommunityDefaults(settings.zone()));
        bind(OutboxNotices.class).in(Singleton.class);
        bind(Notices.class).to(OutboxNotices.class);
        bind(DuePlans.class).to(ChangePlanner.class);
        bind(org.convene.core.programme.PublicAddresses.class).toInstance(publicAddresses(settings));
        ProposalWiring.bind(binder());
        Multibinder<CommandHandler<?>> handlers = Multibinder.newSetBinder(binder(),
                new TypeLiteral<CommandHandler<?>>() { });
        HANDLERS.forEach(handler -> handlers.addBinding().to(handler));
    }
}
