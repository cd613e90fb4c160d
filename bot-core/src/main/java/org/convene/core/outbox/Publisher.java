package org.convene.core.outbox;

import org.convene.core.domain.Platform;

/** Delivers messages on one platform; implemented by each adapter and by the console. Must not throw. */
public interface Publisher {

    Platform platform();

    Delivery.Result publish(Delivery delivery);
}
