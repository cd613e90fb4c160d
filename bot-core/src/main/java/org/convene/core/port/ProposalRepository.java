package org.convene.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convene.core.proposal.Proposal;

/** Group proposals, their named co-organizers, the admins who review them, and the guidelines proposers read. */
public interface ProposalRepository {

    /** Stores a new open proposal and gives its id. */
    long add(long communityId, long proposerId, String slug, String name, String description, String why,
             List<Long> organizerIds, Instant now);

    Optional<Proposal> byId(long communityId, long proposalId);

    /** The proposal, its row locked until the transaction ends, so only one admin decides it. */
    Optional<Proposal> lock(long communityId, long proposalId);

    /** The open proposals, oldest first. */
    List<Proposal> open(long communityId, int limit);

    void accept(long proposalId, long decidedBy, long groupId, Instant now);

    void decline(long proposalId, long decidedBy, String reason, Instant now);

    /** Remembers an admin who reviews proposals, so they hear of new ones. */
    void addReviewer(long communityId, long memberId);

    List<Long> reviewers(long communityId);

    Optional<String> guidelines(long communityId);

    void setGuidelines(long communityId, String text);
}
