package org.convene.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.convene.core.testing.CoreKit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A transaction's last statement may carry its commit: the transaction ends there, and a failure leaves nothing. */
class TransactionEndingTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();

    @BeforeEach
    void setUp() {
        kit.jdbc.update("create table tally (name text primary key, count int not null)");
        kit.jdbc.update("insert into tally values ('answers', 0)");
    }

    @Test
    void aStatementSentWithTheCommitEndsTheTransactionAndRunsItsCommitActions() {
        List<String> after = new ArrayList<>();
        int updated = kit.jdbc.inTransaction(() -> {
            kit.jdbc.afterCommit(() -> after.add("committed"));
            kit.jdbc.update("update tally set count = count + 1 where name = 'answers'");
            return kit.jdbc.updateAndCommit("update tally set count = count + 1 where name = 'answers'");
        });

        assertThat(updated).isEqualTo(1);
        assertThat(count()).isEqualTo(2);
        assertThat(after).containsExactly("committed");
    }

    @Test
    void aStatementAfterTheCommitIsRefused() {
        assertThatThrownBy(() -> kit.jdbc.inTransaction(() -> {
            kit.jdbc.updateAndCommit("update tally set count = count + 1 where name = 'answers'");
            return kit.jdbc.update("update tally set count = count + 1 where name = 'answers'");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("has committed");

        assertThat(count()).as("the first statement had committed").isEqualTo(1);
    }

    @Test
    void aFailingStatementSentWithTheCommitLeavesNothingAndRunsNoCommitAction() {
        List<String> after = new ArrayList<>();
        assertThatThrownBy(() -> kit.jdbc.inTransaction(() -> {
            kit.jdbc.afterCommit(() -> after.add("committed"));
            kit.jdbc.update("update tally set count = count + 1 where name = 'answers'");
            return kit.jdbc.updateAndCommit("insert into tally values ('answers', 5)");
        })).isInstanceOf(StoreException.class);

        assertThat(count()).isZero();
        assertThat(after).isEmpty();
        assertThat(kit.jdbc.update("update tally set count = 7 where name = 'answers'")).isEqualTo(1);
    }

    private int count() {
        return kit.jdbc.one("select count from tally where name = 'answers'", row -> row.getInt(1)).orElseThrow();
    }
}
