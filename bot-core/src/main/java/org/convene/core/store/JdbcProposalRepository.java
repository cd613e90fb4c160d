package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.convene.core.port.ProposalRepository;
import org.convene.core.proposal.Proposal;

/** Group proposals in PostgreSQL; co-organizers in a table of their own, read back as one array per proposal. */
public final class JdbcProposalRepository implements ProposalRepository {

    private static final String SELECT = """
            select p.*, array(select o.member_id from group_proposal_organizer o where o.proposal_id = p.id
                              order by o.member_id) as organizer_ids
            from group_proposal p""";

    private static final RowMapper<Proposal> PROPOSAL = row -> new Proposal(row.getLong("id"),
            row.getLong("community_id"), row.getLong("proposer_id"), row.getString("slug"), row.getString("name"),
            row.getString("description"), row.getString("why"), Proposal.Status.valueOf(row.getString("status")),
            row.getString("reason"), ids(row), Rows.instant(row, "created_at"));

    private final Jdbc jdbc;

    @Inject
    public JdbcProposalRepository(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public long add(long communityId, long proposerId, String slug, String name, String description, String why,
                    List<Long> organizerIds, Instant now) {
        long id = jdbc.insert("""
                insert into group_proposal (community_id, proposer_id, slug, name, description, why, created_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""", communityId, proposerId, slug, name, description, why,
                now);
        for (long organizer : organizerIds) {
            jdbc.update("insert into group_proposal_organizer (proposal_id, member_id) values (?, ?) "
                    + "on conflict do nothing", id, organizer);
        }
        return id;
    }

    @Override
    public Optional<Proposal> byId(long communityId, long proposalId) {
        return jdbc.one(SELECT + " where p.community_id = ? and p.id = ?", PROPOSAL, communityId, proposalId);
    }

    @Override
    public Optional<Proposal> lock(long communityId, long proposalId) {
        return jdbc.one(SELECT + " where p.community_id = ? and p.id = ? for update of p", PROPOSAL, communityId,
                proposalId);
    }

    @Override
    public List<Proposal> open(long communityId, int limit) {
        return jdbc.list(SELECT + " where p.community_id = ? and p.status = 'OPEN' order by p.id limit ?", PROPOSAL,
                communityId, limit);
    }

    @Override
    public void accept(long proposalId, long decidedBy, long groupId, Instant now) {
        jdbc.update("update group_proposal set status = 'ACCEPTED', decided_by = ?, group_id = ?, decided_at = ? "
                + "where id = ?", decidedBy, groupId, now, proposalId);
    }

    @Override
    public void decline(long proposalId, long decidedBy, String reason, Instant now) {
        jdbc.update("update group_proposal set status = 'DECLINED', decided_by = ?, reason = ?, decided_at = ? "
                + "where id = ?", decidedBy, reason, now, proposalId);
    }

    @Override
    public void addReviewer(long communityId, long memberId) {
        jdbc.update("insert into proposal_reviewer (community_id, member_id) values (?, ?) on conflict do nothing",
                communityId, memberId);
    }

    @Override
    public List<Long> reviewers(long communityId) {
        return jdbc.list("""
                select member_id from proposal_reviewer where community_id = ?
                union select id from member where community_id = ? and admin order by 1""",
                row -> row.getLong(1), communityId, communityId);
    }

    @Override
    public Optional<String> guidelines(long communityId) {
        return jdbc.one("select proposal_guidelines from community where id = ?",
                row -> Optional.ofNullable(row.getString(1)), communityId).flatMap(text -> text)
                .filter(text -> !text.isBlank());
    }

    @Override
    public void setGuidelines(long communityId, String text) {
        jdbc.update("update community set proposal_guidelines = ? where id = ?", text, communityId);
    }

    private static List<Long> ids(ResultSet row) throws SQLException {
        Array array = row.getArray("organizer_ids");
        return Arrays.asList((Long[]) array.getArray());
    }
}
