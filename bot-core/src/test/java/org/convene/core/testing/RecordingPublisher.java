package org.convene.core.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.Delivery;
import org.convene.core.outbox.Publisher;

/** A publisher that records what it is given and answers as the test says (sent, by default). */
public final class RecordingPublisher implements Publisher {

    private final Platform platform;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicLong references = new AtomicLong();
    private volatile Function<Delivery, Delivery.Result> answer;

    public RecordingPublisher(Platform platform) {
        this.platform = platform;
        this.answer = delivery -> new Delivery.Sent("message-" + references.incrementAndGet());
    }

    public void answer(Function<Delivery, Delivery.Result> answer) {
        this.answer = answer;
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public Delivery.Result publish(Delivery delivery) {
        deliveries.add(delivery);
        return answer.apply(delivery);
    }
}
