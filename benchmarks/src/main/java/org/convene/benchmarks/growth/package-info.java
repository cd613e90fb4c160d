/** How list and RSVP latency grow with the amount of data. */
package org.convene.benchmarks.growth;
