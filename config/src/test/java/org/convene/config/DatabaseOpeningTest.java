package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import org.convene.core.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database opens on its own thread from the start, and the injector hands out that database. */
class DatabaseOpeningTest {

    @TempDir
    Path dataDirectory;

    @Test
    void theInjectorGivesTheDatabaseTheOpeningOpenedWhileItWasBuilt() throws Exception {
        Settings settings = SettingsLoader.load(Map.of("CONVENE_DATA_DIR", dataDirectory.toString()));
        DatabaseOpening opening = DatabaseOpening.begin(settings);
        Injector injector = Guice.createInjector(new CoreModule(settings, opening));

        Database database = injector.getInstance(Database.class);
        try (Connection connection = database.dataSource().getConnection()) {
            assertThat(database).isSameAs(opening.await());
            assertThat(opening.took()).isPositive();
            assertThat(connection.isValid(2)).isTrue();
        } finally {
            database.close();
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedFailsTheStartWithTheErrorOfOpeningIt() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Settings settings = SettingsLoader.load(Map.of("CONVENE_DATA_DIR", dataDirectory.toString(),
                "CONVENE_DATABASE_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/convene"));
        DatabaseOpening opening = DatabaseOpening.begin(settings);
        Injector injector = Guice.createInjector(new CoreModule(settings, opening));

        assertThatThrownBy(opening::await).isInstanceOf(RuntimeException.class)
                .isNotInstanceOf(java.util.concurrent.CompletionException.class);
        assertThatThrownBy(() -> injector.getInstance(Database.class)).isInstanceOf(ProvisionException.class);
        opening.abandon();
    }
}
