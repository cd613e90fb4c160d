package org.convene.core.command;

import static java.util.Objects.requireNonNull;

import org.convene.core.domain.ChannelRef;
import org.convene.core.usecase.Actor;

/** Who ran a command and in which channel ({@code channel} is null where there is none, as in a DM). */
public record Invocation(Actor actor, ChannelRef channel) {
    public Invocation {
        requireNonNull(actor, "actor");
    }
}
