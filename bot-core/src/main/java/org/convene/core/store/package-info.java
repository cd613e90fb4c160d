/**
 * The PostgreSQL store: plain JDBC over HikariCP, Flyway migrations (with one function, {@code apply_answer}, that
 * applies an RSVP in one guarded call), Caffeine caches of hot reads.
 */
package org.convene.core.store;
