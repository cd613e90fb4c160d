package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.config.console.SampleData;
import org.convene.core.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup the operations notes describe: {@code pg_dump --format=custom} of Convene's database, restored with
 * {@code pg_restore} into an empty database, holds the same communities, groups, events and RSVPs.
 */
class BackupTest {

    private static final List<String> TABLES = List.of("community", "meetup_group", "event", "rsvp", "member");

    @TempDir
    Path dataDirectory;

    @TempDir
    Path backups;

    @Test
    void aPgDumpRestoredWithPgRestoreHoldsTheSameRows() throws Exception {
        Settings settings = SettingsLoader.load(Map.of("CONVENE_DATA_DIR", dataDirectory.toString()));
        Injector injector = Guice.createInjector(new CoreModule(settings));
        Application application = injector.getInstance(Application.class);
        try {
            application.prepare();
            assertThat(injector.getInstance(SampleData.class).seedIfEmpty()).isTrue();
            String url = ((HikariDataSource) injector.getInstance(Database.class).dataSource()).getJdbcUrl();
            Matcher address = Pattern.compile("//([^:/]+):(\\d+)/").matcher(url);
            assertThat(address.find()).as(url).isTrue();
            String host = address.group(1);
            String port = address.group(2);
            String dump = backups.resolve("convene.dump").toString();

            run("pg_dump", "--host=" + host, "--port=" + port, "--username=postgres", "--format=custom",
                    "--file=" + dump, "postgres");
            try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE convene_restored");
            }
            run("pg_restore", "--host=" + host, "--port=" + port, "--username=postgres",
                    "--dbname=convene_restored", "--no-owner", dump);

            assertThat(counts(url.replace("/postgres", "/convene_restored"))).isEqualTo(counts(url))
                    .allSatisfy(count -> assertThat(count).isPositive());
        } finally {
            application.stop();
        }
    }

    private static List<Long> counts(String url) throws SQLException {
        List<Long> counts = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    rows.next();
                    counts.add(rows.getLong(1));
                }
            }
        }
        return counts;
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(command[0] + " ended").isTrue();
        assertThat(process.exitValue()).as(command[0] + " printed: " + output).isZero();
    }
}
