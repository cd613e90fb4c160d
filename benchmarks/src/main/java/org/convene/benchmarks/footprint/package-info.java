/** Memory and start-up time of a running bot over a large database, measured in a forked JVM. */
package org.convene.benchmarks.footprint;
