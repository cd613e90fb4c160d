package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.convene.core.domain.LinkCode;
import org.convene.core.port.LinkCodeRepository;

/** One-time link codes in PostgreSQL; taking a code deletes it, so it works once. */
public final class JdbcLinkCodeRepository implements LinkCodeRepository {

    private static final RowMapper<LinkCode> LINK_CODE = row -> new LinkCode(row.getString("code"),
            LinkCode.Purpose.valueOf(row.getString("purpose")), row.getLong("community_id"), row.getLong("member_id"),
            Rows.instant(row, "expires_at"));

    private final Jdbc jdbc;

    @Inject
    public JdbcLinkCodeRepository(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public void save(LinkCode code) {
        jdbc.update("""
                insert into link_code (code, purpose, community_id, member_id, expires_at) values (?, ?, ?, ?, ?)""",
                code.code(), code.purpose(), code.communityId(), code.memberId(), code.expiresAt());
    }

    @Override
    public Optional<LinkCode> find(String code, LinkCode.Purpose purpose, Instant now) {
        return jdbc.one("select * from link_code where code = ? and purpose = ? and expires_at > ?", LINK_CODE, code,
                purpose, now);
    }

    @Override
    public Optional<LinkCode> take(String code, LinkCode.Purpose purpose, Instant now) {
        jdbc.update("delete from link_code where expires_at <= ?", now);
        return jdbc.one("delete from link_code where code = ? and purpose = ? returning *", LINK_CODE, code, purpose);
    }
}
