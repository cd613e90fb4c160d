package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.programme.PublicAddresses;
import org.convene.core.programme.PublicFaceUseCase;
import org.convene.core.reply.Reply;

/**
 * {@code visibility [public|private]}: whether the community has public pages, calendar feeds and an event list,
 * with their addresses when it does; admins change it.
 */
public final class VisibilityHandler implements CommandHandler<Command.Visibility> {

    private final PublicFaceUseCase publicFace;
    private final PublicAddresses addresses;

    @Inject
    public VisibilityHandler(PublicFaceUseCase publicFace, PublicAddresses addresses) {
        this.publicFace = requireNonNull(publicFace, "publicFace");
        this.addresses = requireNonNull(addresses, "addresses");
    }

    @Override
    public Class<Command.Visibility> type() {
        return Command.Visibility.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.Visibility command) {
        PublicFaceUseCase.Visibility visibility = command.open() == null
                ? publicFace.visibility(invocation.actor())
                : publicFace.setVisibility(invocation.actor(), command.open());
        if (!visibility.open()) {
            return Reply.text("This community is private: it has no public pages, calendar feeds or event list. "
                    + "Personal calendars still work. An admin can type /meetup visibility public.");
        }
        String key = visibility.key();
        return Reply.text("This community is public. Its page: " + addresses.community(key)
                + "\nCalendar: " + PublicAddresses.webcal(addresses.communityCalendar(key))
                + " (or " + addresses.communityCalendar(key) + ")"
                + "\nUpcoming events as JSON: " + addresses.eventsJson(key)
                + "\nPages show only names of members who chose /meetup profile listed=yes, and never private links."
                + " An admin can type /meetup visibility private.");
    }
}
