package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.convene.core.port.SubmissionRepository;
import org.convene.core.port.Transactions;

/**
 * Does the work of a form submission once however often the submission arrives: the submission's key is recorded in
 * the same transaction as the work, so a refused or failed work leaves no key behind and a repeat finds it.
 */
public final class SubmissionOnce {

    private final Transactions transactions;
    private final SubmissionRepository submissions;
    private final Clock clock;

    @Inject
    public SubmissionOnce(Transactions transactions, SubmissionRepository submissions, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.submissions = requireNonNull(submissions, "submissions");
        this.clock = requireNonNull(clock, "clock");
    }

    /** The work's result, or empty when a submission with this key was done before (and nothing was done now). */
    public <T> Optional<T> run(String submissionKey, Supplier<T> work) {
        requireNonNull(submissionKey, "submissionKey");
        return transactions.inTransaction(() -> submissions.record(submissionKey, clock.instant())
                ? Optional.of(work.get()) : Optional.<T>empty());
    }
}
