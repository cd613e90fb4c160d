package org.convene.core.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the data lives: a PostgreSQL server when {@code url} is given, otherwise an embedded PostgreSQL whose files
 * stay in {@code dataDirectory} between runs. The password is never part of {@link #toString()}.
 */
public record DatabaseSettings(Optional<String> url, String user, Optional<String> password, Path dataDirectory,
                               int poolSize) {

    public DatabaseSettings {
        requireNonNull(url, "url");
        requireNonNull(user, "user");
        requireNonNull(password, "password");
        requireNonNull(dataDirectory, "dataDirectory");
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1");
        }
    }

    public static DatabaseSettings embedded(Path dataDirectory) {
        return new DatabaseSettings(Optional.empty(), "postgres", Optional.empty(), dataDirectory, 10);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url.orElse("(embedded)") + ", user=" + user + ", password="
                + (password.isPresent() ? "****" : "(none)") + ", dataDirectory=" + dataDirectory
                + ", poolSize=" + poolSize + "]";
    }
}
