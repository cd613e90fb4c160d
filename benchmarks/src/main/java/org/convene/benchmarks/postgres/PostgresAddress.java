package org.convene.benchmarks.postgres;

import java.net.URI;

/** Host, port and database of a PostgreSQL JDBC URL such as {@code jdbc:postgresql://localhost:5432/test_1?user=x}. */
public record PostgresAddress(String host, int port, String database, String user) {

    public static PostgresAddress parse(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        return new PostgresAddress(uri.getHost(), uri.getPort(), database, "postgres");
    }

    public PostgresAddress withDatabase(String otherDatabase) {
        return new PostgresAddress(host, port, otherDatabase, user);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?user=" + user;
    }
}
