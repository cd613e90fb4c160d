package org.convene.core.programme;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.port.ProgrammeRepository;
import org.convene.core.port.ProgrammeRepository.KeyedCommunity;
import org.convene.core.usecase.Access;
import org.convene.core.usecase.Actor;

/**
 * The choices that decide what strangers see: an admin makes the community public or private, and each member
 * chooses whether their name may appear on public pages (it does not until they say so).
 */
public final class PublicFaceUseCase {

    /** Whether the community shows its programme, and its public key. */
    public record Visibility(boolean open, String key) {
        public Visibility {
            requireNonNull(key, "key");
        }
    }

    private final ProgrammeRepository programme;
    private final Access access;

    @Inject
    public PublicFaceUseCase(ProgrammeRepository programme, Access access) {
        this.programme = requireNonNull(programme, "programme");
        this.access = requireNonNull(access, "access");
    }

    public Visibility visibility(Actor actor) {
        KeyedCommunity community = programme.byCommunity(actor.communityId()).orElseThrow();
        return new Visibility(community.open(), community.key());
    }

    public Visibility setVisibility(Actor actor, boolean open) {
        access.requireAdmin(actor, "make the community's pages and calendars public or private");
        programme.setPublic(actor.communityId(), open);
        return visibility(actor);
    }

    public boolean listed(Actor actor) {
        return programme.listed(actor.memberId());
    }

    public void setListed(Actor actor, boolean listed) {
        programme.setListed(actor.memberId(), listed);
    }
}
