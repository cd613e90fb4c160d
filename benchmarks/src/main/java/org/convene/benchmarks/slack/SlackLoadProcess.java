package org.convene.benchmarks.slack;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.convene.slack.standin.SignedRequest;
import org.convene.slack.standin.SignedRequests;
import org.convene.slack.standin.SlackAppHarness;
import org.convene.slack.standin.SlackStandIn;

/**
 * The Slack side of the Slack benchmarks, run in a JVM of its own so that the measured JVM runs only the app: starts
 * the Slack stand-in (Web API, and the response URLs of the users' introductions) and a {@link ResponseUrlCounter}
 * for the load's answers, prints where it listens, then for each line
 * {@code go <url> <rate> <warmup> <measured> <answered>} on standard input introduces the users, sends the signed
 * {@code /meetup help} commands at that rate to the URL (printing {@code warmed} as the measured ones begin), waits for their answers if {@code answered} is true, and
 * prints the figures as {@code key=value} lines and then {@code measured}; it ends when standard input ends.
 */
public final class SlackLoadProcess {

    static final String CHANNEL = "C0BENCH";
    static final int USERS = 20;
    static final Duration ANSWER_WAIT = Duration.ofSeconds(60);
    private static final Duration INTRODUCTION_WAIT = Duration.ofSeconds(30);

    private final SlackStandIn slack;
    private final ResponseUrlCounter answers;
    private final SignedRequests signing;
    private int runs;

    private SlackLoadProcess(SlackStandIn slack, ResponseUrlCounter answers) {
        this.slack = slack;
        this.answers = answers;
        this.signing = slack.signedRequests(SlackAppHarness.SIGNING_SECRET, Clock.systemUTC());
    }

    public static void main(String[] arguments) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (SlackStandIn slack = SlackStandIn.start(); ResponseUrlCounter answers = ResponseUrlCounter.start()) {
            out.println("api=" + slack.apiUrlPrefix());
            out.println("token=" + slack.workspace().botToken());
            out.println("pid=" + ProcessHandle.current().pid());
            out.println("listening");
            SlackLoadProcess load = new SlackLoadProcess(slack, answers);
            String line;
            while ((line = in.readLine()) != null) {
                String[] parts = line.split(" ");
                if (parts.length == 6 && parts[0].equals("go")) {
                    load.run(URI.create(parts[1]), Integer.parseInt(parts[2]), Integer.parseInt(parts[3]),
                            Integer.parseInt(parts[4]), Boolean.parseBoolean(parts[5]), () -> out.println("warmed"))
                            .print(out);
                    out.println("measured");
                }
            }
        }
    }

    private AckRun run(URI url, int rate, int warmup, int measured, boolean answered, Runnable atMeasuredStart)
            throws InterruptedException {
        String responses = "run-" + (++runs);
        String refused = introduceUsers(url, responses, answered);
        if (refused != null) {
            atMeasuredStart.run();
            return AckRun.failed(refused);
        }
        int total = warmup + measured;
        answers.expect(responses, total);
        List<SignedRequest> requests = new ArrayList<>(total);
        for (int index = 0; index < total; index++) {
            requests.add(signing.slashCommand(new SignedRequests.Origin("U0MEMBER" + (index % USERS), CHANNEL),
                    "/meetup", "help", answers.url(responses, index)));
        }
        OpenLoopLoad.Outcome outcome = new OpenLoopLoad().run(url, requests, rate, warmup, atMeasuredStart);
        // Missing answers are counted and reported by the benchmark as a missed target.
        ResponseUrlCounter.Counted counted = answers.await(responses, answered ? ANSWER_WAIT : Duration.ZERO);
        return AckRun.of(outcome, total, counted.answered(), counted.apologies());
    }

    /**
     * Each user's first command, one at a time, so the load measures the app with members it knows; the answer of
     * each is awaited if the app answers. Returns why the app refused, or null.
     */
    private String introduceUsers(URI url, String responses, boolean answered) {
        for (int user = 0; user < USERS; user++) {
            String responseId = "introduce-" + responses + "-" + user;
            SignedRequest request = signing.slashCommand(new SignedRequests.Origin("U0MEMBER" + user, CHANNEL),
                    "/meetup", "help", slack.responseUrl(responseId));
            if (request.postTo(url).status() != 200) {
                return "the Slack app refused a correctly signed /meetup help";
            }
            if (answered && slack.awaitResponseUrlPost(responseId, INTRODUCTION_WAIT).body().contains("error id")) {
                return "the Slack bot answered a lone /meetup help with an apology";
            }
        }
        return null;
    }
}
