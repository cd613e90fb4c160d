package org.convene.benchmarks.rsvp;

import org.convene.benchmarks.Numbers;
import org.convene.core.usecase.AnswerCombiner;
import org.convene.core.usecase.RememberedLedgers;

/**
 * The sizes of the batches the answer combiner applied between two moments, told per answer: the batch size half the
 * answers went in or less (p50), the largest, and how many answers went in batches of two or more; and how the
 * batches went: in one call on a remembered ledger, refused in it, or under the lock.
 */
final class BatchSizes {

    private final long[] before;
    private final RememberedLedgers.Ways waysBefore;

    private BatchSizes(long[] before, RememberedLedgers.Ways waysBefore) {
        this.before = before;
        this.waysBefore = waysBefore;
    }

    static BatchSizes from(AnswerCombiner combiner, RememberedLedgers ledgers) {
        return new BatchSizes(combiner.batchSizes(), ledgers.ways());
    }

    /**
     * The batches since this was taken, as "p50 4, max 8, 7,000 batches, 93% of answers combined; 6,900 in one call,
     * 2 refused in it, 102 under the lock".
     */
    String since(AnswerCombiner combiner, RememberedLedgers ledgers) {
        RememberedLedgers.Ways ways = ledgers.ways();
        return sizes(combiner) + "; " + Numbers.count(ways.inOneCall() - waysBefore.inOneCall()) + " in one call, "
                + Numbers.count(ways.refused() - waysBefore.refused()) + " refused in it, "
                + Numbers.count(ways.underLock() - waysBefore.underLock()) + " under the lock";
    }

    private String sizes(AnswerCombiner combiner) {
        long[] now = combiner.batchSizes();
        long batches = 0;
        long answers = 0;
        long combined = 0;
        int largest = 0;
        for (int size = 1; size < now.length; size++) {
            long count = now[size] - before[size];
            batches += count;
            answers += count * size;
            if (size > 1) {
                combined += count * size;
            }
            if (count > 0) {
                largest = size;
            }
        }
        long half = (answers + 1) / 2;
        long seen = 0;
        int median = 0;
        for (int size = 1; size < now.length && seen < half; size++) {
            seen += (now[size] - before[size]) * size;
            median = size;
        }
        return "batch size per answer p50 " + median + ", max " + largest + "; " + Numbers.format(batches)
                + " batches, " + Math.round(answers == 0 ? 0 : 100.0 * combined / answers) + "% of answers combined";
    }
}
