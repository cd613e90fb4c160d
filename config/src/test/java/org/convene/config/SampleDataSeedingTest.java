package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.convene.core.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample library council belongs to the console alone: a run on the platforms starts with an empty database. */
class SampleDataSeedingTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aPlatformRunStartsWithNoCommunityAndNoQueuedMessages() throws SQLException {
        Injector injector = injector();
        Application application = injector.getInstance(Application.class);
        try {
            application.prepare();
            application.deliverInBackground(List.of());

            assertThat(count(injector, "community")).isZero();
            assertThat(count(injector, "outbox")).isZero();
        } finally {
            application.stop();
        }
    }

    @Test
    void theConsoleSeedsTheSampleCommunityOnItsFirstRun() throws SQLException {
        Injector injector = injector();
        Application application = injector.getInstance(Application.class);
        try {
            application.prepare();
            assertThat(count(injector, "community")).isZero();

            application.console(new ByteArrayInputStream("/meetup groups\n".getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, List.of());

            assertThat(count(injector, "community")).isEqualTo(1);
            assertThat(count(injector, "meetup_group")).isEqualTo(5);
        } finally {
            application.stop();
        }
    }

    private Injector injector() {
        Settings settings = SettingsLoader.load(Map.of("CONVENE_DATA_DIR", dataDirectory.toString()));
        return Guice.createInjector(new CoreModule(settings));
    }

    private static long count(Injector injector, String table) throws SQLException {
        try (Connection connection = injector.getInstance(Database.class).dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
