package org.convene.http;

import java.util.Optional;

/** One fact the instance needs to serve well, such as its database answering; cheap enough to ask on every probe. */
@FunctionalInterface
public interface ReadinessCheck {

    /** Why the instance is not ready, in one short line without secrets; empty when this fact holds. */
    Optional<String> problem();
}
