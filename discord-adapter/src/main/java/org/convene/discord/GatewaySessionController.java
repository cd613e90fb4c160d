package org.convene.discord;

import static java.util.Objects.requireNonNull;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/** Sends JDA to a fixed gateway address (a proxy or a stand-in) instead of the one Discord names. */
final class GatewaySessionController extends SessionControllerAdapter {

    private final String gatewayUrl;
    private final int totalShards;

    GatewaySessionController(String gatewayUrl, int totalShards) {
        this.gatewayUrl = requireNonNull(gatewayUrl, "gatewayUrl");
        this.totalShards = totalShards;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        return new ShardedGateway(gatewayUrl, totalShards);
    }
}
