package org.convene.benchmarks.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import java.net.URI;
import java.util.Optional;
import org.convene.benchmarks.postgres.PostgresProcess;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.TestDatabase;
import org.convene.slack.SlackBot;
import org.convene.slack.SlackSettings;
import org.convene.slack.http.SlackHttpConfig;
import org.convene.slack.http.SlackHttpServer;
import org.convene.slack.standin.SlackAppHarness;
import org.junit.jupiter.api.Test;

/** The Slack load runs in a JVM of its own and drives a no-op Bolt app and the real bot with the same commands. */
class SlackLoadTest {

    private static final int RATE = 100;
    private static final int WARMUP = 10;
    private static final int MEASURED = 30;

    @Test
    void theLoadRunsInAJvmOfItsOwnAndDrivesTheNoOpAppAndTheBotAlike() throws Exception {
        try (SlackLoad load = SlackLoad.start()) {
            assertThat(load.pid()).isNotEqualTo(ProcessHandle.current().pid());

            App noOp = load.boltApp();
            noOp.command("/meetup", (request, context) -> context.ack());
            SlackHttpServer server = new SlackHttpServer(noOp, SlackHttpConfig.of("127.0.0.1", 0));
            server.start();
            AckRun acked;
            try {
                acked = load.run(eventsUrl(server.port()), RATE, WARMUP, MEASURED, false, Optional.empty()).acks();
            } finally {
                server.stop();
            }
            assertThat(acked.failures()).isZero();
            assertThat(acked.sent()).isEqualTo(WARMUP + MEASURED);
            assertThat(acked.answered()).isZero();
            assertThat(acked.p99()).isPositive().isLessThanOrEqualTo(acked.max());

            try (CoreKit kit = new CoreKit(TestDatabase.fresh(4));
                 SlackBot bot = new SlackBot(new SlackSettings(load.botToken(), SlackAppHarness.SIGNING_SECRET,
                         Optional.empty(), Optional.of(load.apiUrlPrefix()), "127.0.0.1", 0), kit.commands,
                         kit.myAgenda, kit.listEvents, kit.spaceLifecycle, kit.showEvent, kit.clock)) {
                bot.start();
                SlackLoad.Measured measured = load.run(eventsUrl(bot.port()), RATE, WARMUP, MEASURED, true,
                        Optional.of(PostgresProcess.of(kit.database.dataSource())));
                AckRun answered = measured.acks();

                assertThat(answered.failures()).isZero();
                assertThat(answered.sent()).isEqualTo(WARMUP + MEASURED);
                assertThat(answered.answered()).isEqualTo(answered.sent());
                assertThat(answered.apologies()).isZero();
                assertThat(measured.cpu().millis()).containsKeys(SlackLoad.LOAD_PROCESS, SlackLoad.POSTGRES,
                        "command threads", "HTTP front");
                assertThat(measured.cpuPerCommand()).contains("app's JVM", "load process", "PostgreSQL");
            }
        }
    }

    private static URI eventsUrl(int port) {
        return URI.create("http://127.0.0.1:" + port + "/slack/events");
    }
}
