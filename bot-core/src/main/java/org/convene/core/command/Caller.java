package org.convene.core.command;

import static java.util.Objects.requireNonNull;

import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Identity;
import org.convene.core.domain.SpaceRef;
import org.convene.core.usecase.EnterSpaceUseCase;

/**
 * Who is typing, as a platform reports it: space, user, display name, whether the platform counts them as an admin
 * of the space, and the channel (null in a DM).
 */
public record Caller(SpaceRef space, String spaceName, Identity identity, String displayName, boolean platformAdmin,
                     ChannelRef channel) {

    public Caller {
        requireNonNull(space, "space");
        requireNonNull(identity, "identity");
    }

    EnterSpaceUseCase.Input entry() {
        return new EnterSpaceUseCase.Input(space, spaceName, identity, displayName, platformAdmin);
    }
}
