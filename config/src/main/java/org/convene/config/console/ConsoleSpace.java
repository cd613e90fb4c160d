package org.convene.config.console;

import org.convene.core.command.Caller;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Platform;
import org.convene.core.domain.SpaceRef;

/** The console's one space and channel, and how a name typed after {@code /as} becomes a caller there. */
public final class ConsoleSpace {

    public static final SpaceRef SPACE = new SpaceRef(Platform.CONSOLE, "library-council");
    public static final String NAME = "Library Council";
    public static final ChannelRef GENERAL = new ChannelRef(Platform.CONSOLE, SPACE.spaceId(), "general");

    private ConsoleSpace() {
    }

    public static Caller caller(String name) {
        return new Caller(SPACE, NAME, new Identity(Platform.CONSOLE, userId(name)), name.strip(), false, GENERAL);
    }

    public static String userId(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "-");
    }
}
