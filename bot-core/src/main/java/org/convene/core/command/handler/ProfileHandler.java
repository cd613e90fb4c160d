package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.programme.PublicFaceUseCase;
import org.convene.core.reply.Reply;

/** {@code profile [listed=yes|no]}: whether the asker's name may appear on public pages, shown or changed. */
public final class ProfileHandler implements CommandHandler<Command.Profile> {

    private final PublicFaceUseCase publicFace;

    @Inject
    public ProfileHandler(PublicFaceUseCase publicFace) {
        this.publicFace = requireNonNull(publicFace, "publicFace");
    }

    @Override
    public Class<Command.Profile> type() {
        return Command.Profile.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.Profile command) {
        if (command.listed() != null) {
            publicFace.setListed(invocation.actor(), command.listed());
        }
        return publicFace.listed(invocation.actor())
                ? Reply.text("Your name is listed: it appears on the community's public pages and feeds where you "
                        + "organize a group. Type /meetup profile listed=no to hide it.")
                : Reply.text("Your name is not listed: public pages and feeds never show it. Type /meetup profile "
                        + "listed=yes to appear as an organizer of your groups.");
    }
}
