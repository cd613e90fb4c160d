package org.convene.core.port;

import java.time.Instant;
import java.util.Optional;
import org.convene.core.domain.LinkCode;

/** One-time codes that join spaces or identities. */
public interface LinkCodeRepository {

    void save(LinkCode code);

    /** The code, without using it up, if it exists and has not expired at {@code now}. */
    Optional<LinkCode> find(String code, LinkCode.Purpose purpose, Instant now);

    /** Removes and returns the code if it exists and has not expired at {@code now}. */
    Optional<LinkCode> take(String code, LinkCode.Purpose purpose, Instant now);
}
