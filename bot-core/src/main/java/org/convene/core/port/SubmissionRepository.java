package org.convene.core.port;

import java.time.Instant;

/** The keys of form submissions whose work is done, so that the same submission arriving again does nothing. */
public interface SubmissionRepository {

    /**
     * Records the key in the current transaction. Returns false when it is already recorded; when another transaction
     * is recording it at the same moment, waits for that one to end first.
     */
    boolean record(String submissionKey, Instant doneAt);
}
