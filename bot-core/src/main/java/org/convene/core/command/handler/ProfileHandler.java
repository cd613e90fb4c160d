package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.domain.Group;
import org.convene.core.programme.PublicFaceUseCase;
import org.convene.core.reply.Reply;
import org.convene.core.usecase.PreferencesUseCase;

/**
 * {@code profile [listed=yes|no] [dm=...] [mute=<group>] [unmute=<group>]}: whether the asker's name may appear on
 * public pages, where their direct messages go and whose reminders they muted, shown or changed.
 */
public final class ProfileHandler implements CommandHandler<Command.Profile> {

    private final PublicFaceUseCase publicFace;
    private final PreferencesUseCase preferences;

    @Inject
    public ProfileHandler(PublicFaceUseCase publicFace, PreferencesUseCase preferences) {
        this.publicFace = requireNonNull(publicFace, "publicFace");
        this.preferences = requireNonNull(preferences, "preferences");
    }

    @Override
    public Class<Command.Profile> type() {
        return Command.Profile.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.Profile command) {
        PreferencesUseCase.Change change = new PreferencesUseCase.Change(command.dm(), command.mute(),
                command.unmute());
        PreferencesUseCase.Preferences now = change.any() ? preferences.change(invocation.actor(), change)
                : preferences.show(invocation.actor());
        if (command.listed() != null) {
            publicFace.setListed(invocation.actor(), command.listed());
        }
        String listed = publicFace.listed(invocation.actor())
                ? "Your name is listed: it appears on the community's public pages and feeds where you "
                        + "organize a group. Type /meetup profile listed=no to hide it."
                : "Your name is not listed: public pages and feeds never show it. Type /meetup profile "
                        + "listed=yes to appear as an organizer of your groups.";
        return Reply.text(listed + directMessages(now) + muted(now, command.mute() != null));
    }

    private static String directMessages(PreferencesUseCase.Preferences now) {
        if (!now.bothLinked()) {
            return "";
        }
        return now.directMessages().map(platform -> "\nYour direct messages go to " + platform.displayName()
                + ". Type /meetup profile dm=auto to let the bot choose.")
                .orElse("\nYour direct messages go to Discord first (automatic). Type /meetup profile dm=slack or "
                        + "dm=discord to choose.");
    }

    private static String muted(PreferencesUseCase.Preferences now, boolean justMuted) {
        if (now.muted().isEmpty()) {
            return "";
        }
        String groups = String.join(", ", now.muted().stream().map(Group::slug).toList());
        return "\nMember reminders muted for: " + groups + ". You still get the private link, changes and "
                + "cancellations of events you are going to" + (justMuted ? "; only the reminders stop" : "")
                + ". Type /meetup profile unmute=<group> to hear them again.";
    }
}
