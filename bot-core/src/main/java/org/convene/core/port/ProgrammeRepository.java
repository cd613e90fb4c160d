package org.convene.core.port;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Answer;
import org.convene.core.domain.RsvpState;
import org.convene.core.programme.PublicEvent;
import org.convene.core.programme.PublicGroup;

/**
 * Reads of the public programme, and the settings that decide what it shows: whether a community is public and
 * whether a member is listed by name. Nothing read here carries an event's private link or an unlisted member.
 */
public interface ProgrammeRepository {

    /** A community by its public key, public or not. */
    Optional<KeyedCommunity> byKey(String key);

    Optional<KeyedCommunity> byCommunity(long communityId);

    void setPublic(long communityId, boolean open);

    void setListed(long memberId, boolean listed);

    boolean listed(long memberId);

    /** The community's groups that are not archived, by name, with their listed organizers and channels. */
    List<PublicGroup> groups(long communityId);

    /**
     * Events of the community's groups that are not archived (or of one group) ending after {@code endsAfter},
     * soonest first; cancelled ones too when {@code withCancelled}.
     */
    List<PublicEvent> upcoming(long communityId, Long groupId, Instant endsAfter, boolean withCancelled, int limit);

    /** Events of one group that ended by {@code endedBy}, latest first, cancelled ones included. */
    List<PublicEvent> past(long communityId, long groupId, Instant endedBy, int limit);

    /** One event of the community, in a group that is not archived. */
    Optional<PublicEvent> event(long communityId, long eventId);

    /** The member's going and maybe answers to events ending after {@code endsAfter}, soonest first. */
    List<AnsweredEvent> answeredBy(long memberId, Instant endsAfter);

    /** A community with its public key and whether it shows its programme ({@code open}). */
    record KeyedCommunity(long id, String key, String name, ZoneId zone, boolean open) {
    }

    /** An event a member answered, with the answer and where the RSVP stands. */
    record AnsweredEvent(PublicEvent event, Answer answer, RsvpState state) {
    }
}
