package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.convene.core.domain.Platform;
import org.convene.core.port.PreferenceRepository;

/** Members' preferences in PostgreSQL: a column on the member, and one row per muted group. */
public final class JdbcPreferenceRepository implements PreferenceRepository {

    private final Jdbc jdbc;

    @Inject
    public JdbcPreferenceRepository(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<Platform> chosen(long memberId) {
        return jdbc.one("select direct_messages from member where id = ?",
                row -> Optional.ofNullable(row.getString(1)), memberId).flatMap(name -> name).map(Platform::valueOf);
    }

    @Override
    public void chooseDirectMessages(long memberId, Optional<Platform> platform) {
        jdbc.update("update member set direct_messages = ? where id = ?", platform.map(Platform::name).orElse(null),
                memberId);
    }

    @Override
    public boolean muted(long memberId, long groupId) {
        return jdbc.one("select 1 from reminder_mute where member_id = ? and group_id = ?", row -> true, memberId,
                groupId).isPresent();
    }

    @Override
    public boolean mute(long memberId, long groupId, boolean muted) {
        return muted
                ? jdbc.update("insert into reminder_mute (member_id, group_id) values (?, ?) on conflict do nothing",
                        memberId, groupId) > 0
                : jdbc.update("delete from reminder_mute where member_id = ? and group_id = ?", memberId, groupId) > 0;
    }

    @Override
    public List<Long> mutedGroups(long memberId) {
        return jdbc.list("select group_id from reminder_mute where member_id = ? order by group_id",
                row -> row.getLong(1), memberId);
    }
}
