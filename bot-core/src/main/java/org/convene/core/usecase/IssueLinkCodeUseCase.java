package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.convene.core.domain.LinkCode;
import org.convene.core.port.LinkCodeRepository;

/**
 * Gives a one-time code, valid for an hour, that joins this space to another (admins only) or this identity to the
 * asker's identity on the other platform.
 */
public final class IssueLinkCodeUseCase {

    public static final Duration VALID_FOR = Duration.ofHours(1);

    private final LinkCodeRepository codes;
    private final Access access;
    private final Clock clock;

    @Inject
    public IssueLinkCodeUseCase(LinkCodeRepository codes, Access access, Clock clock) {
        this.codes = requireNonNull(codes, "codes");
        this.access = requireNonNull(access, "access");
        this.clock = requireNonNull(clock, "clock");
    }

    public LinkCode issue(Actor actor, LinkCode.Purpose purpose) {
        if (purpose == LinkCode.Purpose.SPACE) {
            access.requireAdmin(actor, "join another space to this community");
        }
        LinkCode code = new LinkCode(LinkCodes.next(), purpose, actor.communityId(), actor.memberId(),
                clock.instant().plus(VALID_FOR));
        codes.save(code);
        return code;
    }
}
