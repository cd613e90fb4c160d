package org.convene.config.check;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.convene.core.store.Database;
import org.convene.core.store.DatabaseSettings;

/**
 * Opens the database as the bot does (a server, or the embedded one in the data directory, migrated) and reads the
 * server's version; PostgreSQL older than 14 is refused, since the schema needs 14.
 */
final class DatabaseCheck {

    static final int OLDEST_MAJOR_VERSION = 14;

    private final DatabaseSettings settings;

    DatabaseCheck(DatabaseSettings settings) {
        this.settings = settings;
    }

    CheckLine run() {
        String where = settings.url().map(CheckLine::shown)
                .orElse("embedded in " + settings.dataDirectory().resolve("postgres"));
        try (Database database = Database.open(settings);
             Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("SHOW server_version")) {
            version.next();
            String number = version.getString(1).split(" ")[0];
            int major = Integer.parseInt(number.split("\\.")[0]);
            if (major < OLDEST_MAJOR_VERSION) {
                return CheckLine.failed("database", "PostgreSQL " + number + " at " + where + " is too old; "
                        + "Convene needs " + OLDEST_MAJOR_VERSION + " or newer");
            }
            return CheckLine.ok("database", "PostgreSQL " + number + " at " + where + ", schema up to date");
        } catch (SQLException | RuntimeException failure) {
            return CheckLine.failed("database", "cannot use " + where + ": " + reason(failure));
        }
    }

    private String reason(Throwable failure) {
        String line = CheckLine.shown(SettingsCheck.reason(failure));
        return settings.password().filter(password -> !password.isEmpty())
                .map(password -> line.replace(password, "****")).orElse(line);
    }
}
