package org.convene.discord;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.hooks.EventListener;

/**
 * Counts shards that reached CONNECTED (JDA fires READY a moment earlier, and {@code awaitReady()} has no timeout),
 * so starting can wait for all of them with a timeout.
 */
final class ConnectedLatch implements EventListener {

    private final Set<Integer> connected = ConcurrentHashMap.newKeySet();
    private final CountDownLatch latch;

    ConnectedLatch(int shards) {
        this.latch = new CountDownLatch(shards);
    }

    @Override
    public void onEvent(GenericEvent event) {
        if (event instanceof StatusChangeEvent change && change.getNewStatus() == JDA.Status.CONNECTED) {
            JDA.ShardInfo shard = event.getJDA().getShardInfo();
            if (connected.add(shard == null ? 0 : shard.getShardId())) {
                latch.countDown();
            }
        }
    }

    boolean await(Duration timeout) throws InterruptedException {
        return latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
