package org.convene.core.outbox;

import java.util.Optional;
import org.convene.core.domain.Platform;

/** The platform a member with linked accounts chose for their direct messages, if they chose one. */
@FunctionalInterface
public interface DirectMessageChoice {

    /** Nobody has chosen: direct messages go the automatic way. */
    DirectMessageChoice AUTOMATIC = memberId -> Optional.empty();

    Optional<Platform> chosen(long memberId);
}
