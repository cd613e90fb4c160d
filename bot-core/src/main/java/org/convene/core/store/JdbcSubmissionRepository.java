package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Instant;
import org.convene.core.port.SubmissionRepository;

/** Submission keys in PostgreSQL: the primary key lets one transaction record a key, and only one. */
public final class JdbcSubmissionRepository implements SubmissionRepository {

    private final Jdbc jdbc;

    @Inject
    public JdbcSubmissionRepository(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    @Override
    public boolean record(String submissionKey, Instant doneAt) {
        return jdbc.update("insert into submission (submission_key, done_at) values (?, ?) on conflict do nothing",
                submissionKey, doneAt) == 1;
    }
}
