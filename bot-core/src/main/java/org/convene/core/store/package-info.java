/** The PostgreSQL store: plain JDBC over HikariCP, Flyway migrations, Caffeine caches of hot reads. */
package org.convene.core.store;
