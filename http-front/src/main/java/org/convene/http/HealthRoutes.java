package org.convene.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The probes of an instance: {@code /healthz} answers 200 "alive" while the process serves at all, {@code /readyz}
 * answers 200 "ready" when every {@link ReadinessCheck} holds and 503 with one line per failing check otherwise.
 */
public final class HealthRoutes {

    public static final String ALIVE_PATH = "/healthz";
    public static final String READY_PATH = "/readyz";
    private static final Set<String> READ = Set.of("GET", "HEAD");

    private HealthRoutes() {
    }

    /** Mounts both probes on a front that is not started yet. */
    public static HttpFront mount(HttpFront front, List<ReadinessCheck> checks) {
        List<ReadinessCheck> fixed = List.copyOf(checks);
        return front.route(ALIVE_PATH, READ, call -> HttpAnswer.text(200, "alive\n"))
                .route(READY_PATH, READ, call -> readiness(fixed));
    }

    static HttpAnswer readiness(List<ReadinessCheck> checks) {
        List<String> problems = new ArrayList<>();
        for (ReadinessCheck check : checks) {
            problem(check).ifPresent(problems::add);
        }
        if (problems.isEmpty()) {
            return HttpAnswer.text(200, "ready\n");
        }
        return HttpAnswer.text(503, String.join("\n", problems) + "\n");
    }

    private static Optional<String> problem(ReadinessCheck check) {
        try {
            return check.problem();
        } catch (RuntimeException failure) {
            return Optional.of("a readiness check failed: " + failure.getClass().getSimpleName());
        }
    }
}
