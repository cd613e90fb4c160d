/** The outbox drained by three worker pools, against db-scheduler's three instances on the same server. */
package org.convene.benchmarks.outbox;
