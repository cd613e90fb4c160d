package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.ContextInitializer;
import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.convene.core.store.Database;
import org.convene.core.testing.StoppablePostgres;
import org.convene.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The console as an operator meets it, with the shipped logging configuration, when the PostgreSQL server stops in
 * the middle of a session and starts again: replies say what happened, standard error has one line per warning, and
 * the log file has the traces.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConsoleDatabaseDownTest {

    private static final String UNREACHABLE = "Convene can't reach its database right now, so nothing was changed. "
            + "Try again in a minute (error id ";

    @TempDir
    Path dataDirectory;

    private final StoppablePostgres server = StoppablePostgres.start();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final PrintStream standardError = System.err;

    @BeforeEach
    void useTheShippedLogging() throws Exception {
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        System.setProperty("CONVENE_DATA_DIR", dataDirectory.toString());
        System.setProperty("convene.log.stderr", "WARN");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback.xml"));
    }

    @AfterEach
    void restoreTheTestLogging() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        System.setErr(standardError);
        System.clearProperty("CONVENE_DATA_DIR");
        System.clearProperty("convene.log.stderr");
        new ContextInitializer(context).autoConfig();
        server.close();
    }

    @Test
    void aStoppedServerIsAnsweredAsSuchWithOneLinePerWarningAndTheNextCommandWorksOnceItIsBack() throws Exception {
        Settings settings = SettingsLoader.load(Map.of("CONVENE_DATA_DIR", dataDirectory.toString(),
                "CONVENE_DATABASE_URL", server.jdbcUrl()));
        Injector injector = Guice.createInjector(new CoreModule(settings));
        Application application = injector.getInstance(Application.class);
        Runnable reconnected = () -> TestDatabase.awaitConnection(injector.getInstance(Database.class).dataSource());
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        ScriptedInput input = new ScriptedInput().line("/as Dana").line("/meetup groups").then(server::stop)
                .line("/meetup rsvp 1 going").line("/meetup events").then(server::restart).then(reconnected)
                .line("/meetup rsvp 1 going");
        try {
            application.prepare();
            application.console(input, new PrintStream(output, true, StandardCharsets.UTF_8), false, List.of());
        } finally {
            application.stop();
        }
        String shown = output.toString(StandardCharsets.UTF_8);
        List<String> warnings = errors.toString(StandardCharsets.UTF_8).lines().toList();
        String logFile = Files.readString(dataDirectory.resolve("convene.log"));

        assertThat(shown).as(String.join("\n", warnings)).contains("5 groups in this community:", "You're going to Book club: The Overstory");
        assertThat(shown.split("can't reach its database", -1)).hasSize(3);
        assertThat(shown).contains("! " + UNREACHABLE);
        assertThat(warnings).isNotEmpty().allSatisfy(line -> assertThat(line)
                .matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} (WARN |ERROR) \\S+ - .*"));
        assertThat(warnings).hasSizeLessThan(20);
        assertThat(String.join("\n", warnings)).contains("the database cannot be reached", "the trace is in the log file")
                .doesNotContain("\tat ", "Caused by");
        assertThat(logFile).contains("Could not run a typed command: the database cannot be reached", "\tat org.convene",
                "Caused by: ");
    }
}
