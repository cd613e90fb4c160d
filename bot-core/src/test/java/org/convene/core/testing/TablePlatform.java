package org.convene.core.testing;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.Delivery;
import org.convene.core.outbox.Publisher;
import org.convene.core.store.Jdbc;

/**
 * A platform that accepts each message by writing a row to a table of its own, committed at once and apart from the
 * outbox, so what it accepted survives the death of the instance that sent it.
 */
public final class TablePlatform implements Publisher {

    public static final String TABLE = "create table if not exists accepted (dedupe_key text not null, "
            + "accepted_by text not null)";

    private final Jdbc jdbc;
    private final String instance;
    private final AtomicInteger accepted = new AtomicInteger();
    private final IntConsumer progress;

    public TablePlatform(Jdbc jdbc, String instance, IntConsumer progress) {
        this.jdbc = jdbc;
        this.instance = instance;
        this.progress = progress;
    }

    @Override
    public Platform platform() {
        return Platform.CONSOLE;
    }

    @Override
    public Delivery.Result publish(Delivery delivery) {
        jdbc.update("insert into accepted (dedupe_key, accepted_by) values (?, ?)", delivery.key(), instance);
        progress.accept(accepted.incrementAndGet());
        return new Delivery.Sent(instance);
    }
}
