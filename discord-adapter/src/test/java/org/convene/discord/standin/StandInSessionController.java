package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Points JDA at the stand-in's gateway instead of asking Discord for one. Use a new instance per JDA: the adapter
 * spaces out the logins of the sessions it controls, which would slow down tests that share one.
 */
public final class StandInSessionController extends SessionControllerAdapter {
    private final String gatewayUrl;

    public StandInSessionController(String gatewayUrl) {
        this.gatewayUrl = requireNonNull(gatewayUrl, "gatewayUrl");
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        return new ShardedGateway(gatewayUrl, 1);
    }
}
