package org.convene.benchmarks.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convene.benchmarks.BenchmarkFailure;
import org.convene.benchmarks.Latencies;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.Platform;
import org.convene.core.programme.PersonalCalendarUseCase;
import org.convene.core.programme.PublicAddresses;
import org.convene.core.programme.PublicPaths;
import org.convene.core.programme.PublicProgramme;
import org.convene.core.store.JdbcCalendarSecretRepository;
import org.convene.core.store.JdbcProgrammeRepository;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.testing.TestDatabase;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.CreateGroupUseCase;
import org.convene.feeds.EventCalendars;
import org.convene.feeds.FeedRoutes;
import org.convene.http.AnswerCache;
import org.convene.http.HttpAnswer;
import org.convene.http.HttpFront;
import org.convene.http.HttpFrontConfig;
import org.convene.web.page.PageRenderer;
import org.convene.web.page.ProgrammePageSource;
import org.convene.web.page.PublicPageRoutes;

/**
 * The community page and a group's calendar feed under load beside a static file of the same byte size served by the same Jetty in the same run:
 * requests per second at saturation, and p99 latency at 200 requests per second sent open-loop. Each run builds a
 * community of five groups and twenty events on a fresh PostgreSQL. Run with {@code [small|full]}.
 */
public final class PublicPagesBenchmark {

    /** The rate at which latency is measured. */
    public static final int RATE = 200;
    private static final String REFERENCE = "/reference.html";

    /** How long and how hard a run is. */
    public record Shape(Duration saturation, int clients, int openLoopRequests, int warmUp, int runs) {
        public static final Shape FULL = new Shape(Duration.ofSeconds(5), 16, 2_000, 200, 3);
        public static final Shape SMALL = new Shape(Duration.ofMillis(500), 4, 100, 20, 3);
    }

    /** One address's figures over the runs. */
    public record Target(String name, List<Double> perSecond, List<Double> p99Millis) {
        double medianPerSecond() {
            return median(perSecond);
        }

        double medianP99() {
            return median(p99Millis);
        }

        @Override
        public String toString() {
            return String.format("%-15s %8.0f req/s (range %.0f–%.0f)   p99 at %d/s %6.2f ms (range %.2f–%.2f)",
                    name, medianPerSecond(), min(perSecond), max(perSecond), RATE, medianP99(), min(p99Millis),
                    max(p99Millis));
        }
    }

    /** Every target's figures; the ratio compares the page with the static file of the same size. */
    public record Figures(List<Target> targets, int pageBytes) {
        public Target target(String name) {
            return targets.stream().filter(target -> target.name().equals(name)).findFirst().orElseThrow();
        }

        public double ratio(String name) {
            return target(name).medianPerSecond() / target("static file").medianPerSecond();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("Public pages, medians of " + targets.get(0).perSecond().size()
                    + " runs (community page " + pageBytes + " bytes):\n");
            targets.forEach(target -> text.append("  ").append(target).append('\n'));
            targets.stream().filter(target -> !target.name().equals("static file")).forEach(target -> text
                    .append(String.format("  ratio %s / static file: %.2f%n", target.name(), ratio(target.name()))));
            return text.toString();
        }
    }

    private PublicPagesBenchmark() {
    }

    public static Figures run(Shape shape) {
        Map<String, List<Double>> perSecond = new LinkedHashMap<>();
        Map<String, List<Double>> p99 = new LinkedHashMap<>();
        int pageBytes = 0;
        for (int run = 0; run < shape.runs(); run++) {
            pageBytes = once(shape, perSecond, p99);
        }
        List<Target> targets = new ArrayList<>();
        perSecond.forEach((name, rates) -> targets.add(new Target(name, rates, p99.get(name))));
        return new Figures(targets, pageBytes);
    }

    private static int once(Shape shape, Map<String, List<Double>> perSecond, Map<String, List<Double>> p99) {
        try (CoreKit kit = CoreKit.uncounted(TestDatabase.fresh(10))) {
            Actor admin = kit.admin();
            seed(kit, admin);
            JdbcProgrammeRepository repository = new JdbcProgrammeRepository(kit.jdbc);
            String key = repository.byCommunity(admin.communityId()).orElseThrow().key();
            PublicProgramme programme = new PublicProgramme(repository, kit.clock);
            PublicAddresses addresses = new PublicAddresses("https://meetups.example.org");
            PersonalCalendarUseCase personal = new PersonalCalendarUseCase(kit.jdbc,
                    new JdbcCalendarSecretRepository(kit.jdbc), repository, kit.members, kit.communities,
                    kit.events, kit.rsvps, kit.clock);
            AnswerCache answers = AnswerCache.standard();
            kit.hotReads.alsoClear(answers::clear);
            HttpFront front = new FeedRoutes(programme, personal, addresses, answers::cached).mount(
                    new PublicPageRoutes(new ProgrammePageSource(programme, new EventCalendars(addresses)),
                            new PageRenderer(), "https://meetups.example.org", answers::cached)
                            .mount(new HttpFront(HttpFrontConfig.of("127.0.0.1", 0))));
            byte[] page = new PageRenderer().community(new ProgrammePageSource(programme, window -> "")
                    .community(key).orElseThrow()).getBytes(StandardCharsets.UTF_8);
            // The reference is a file of the page's size, held in memory as a static file server would cache it.
            byte[] reference = page.clone();
            front.route(REFERENCE, Set.of("GET"), call -> new HttpAnswer(200, "text/html; charset=utf-8", Map.of(),
                    reference));
            try {
                front.start();
                Map<String, URI> targets = new LinkedHashMap<>();
                targets.put("community page", address(front, PublicPaths.community(key)));
                targets.put("group feed", address(front, PublicPaths.groupCalendar(key, "code4libnyc")));
                targets.put("static file", address(front, REFERENCE));
                GetLoad load = new GetLoad();
                for (Map.Entry<String, URI> target : targets.entrySet()) {
                    load.saturation(target.getValue(), shape.clients(), shape.saturation().dividedBy(5));
                    perSecond.computeIfAbsent(target.getKey(), name -> new ArrayList<>())
                            .add(load.saturation(target.getValue(), shape.clients(), shape.saturation()));
                    Latencies latencies = load.openLoop(target.getValue(), RATE, shape.openLoopRequests(),
                            shape.warmUp());
                    p99.computeIfAbsent(target.getKey(), name -> new ArrayList<>()).add(latencies.p99());
                }
            } catch (java.io.IOException failure) {
                throw new BenchmarkFailure("the HTTP front could not start: " + failure.getMessage());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new BenchmarkFailure("interrupted");
            } finally {
                front.stop();
            }
            return page.length;
        }
    }

    private static void seed(CoreKit kit, Actor admin) {
        String[] slugs = {"code4libnyc", "digipres", "a11y", "ill", "prison-libraries"};
        for (int group = 0; group < slugs.length; group++) {
            kit.createGroup.create(admin, new CreateGroupUseCase.Input(slugs[group], "Group " + slugs[group],
                    "Librarians, archivists and technologists who meet to talk about " + slugs[group] + "."));
            kit.bindChannel.bind(admin, slugs[group], new ChannelRef(Platform.SLACK, "T0001", "C000" + group));
            for (int event = 0; event < 4; event++) {
                Instant start = CoreKit.START.plus(Duration.ofDays(2 + 7L * event + group));
                kit.postEvent.post(admin, Events.capped(slugs[group], start, 25, 0));
            }
        }
    }

    private static URI address(HttpFront front, String path) {
        return URI.create("http://127.0.0.1:" + front.port() + path);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    public static void main(String[] arguments) {
        Shape shape = arguments.length > 0 && arguments[0].equals("small") ? Shape.SMALL : Shape.FULL;
        System.out.print(run(shape));
    }
}
