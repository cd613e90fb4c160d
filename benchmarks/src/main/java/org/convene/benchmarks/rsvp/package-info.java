/** RSVP throughput against pgbench, and seat accounting under contention. */
package org.convene.benchmarks.rsvp;
