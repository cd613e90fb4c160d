/** The PostgreSQL side of the references: where the server is, separate databases on it, and pgbench. */
package org.convene.benchmarks.postgres;
