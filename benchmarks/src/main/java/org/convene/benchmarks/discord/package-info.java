/** Discord end to end: slash-command interactions at a fixed rate through the loopback gateway into the real bot. */
package org.convene.benchmarks.discord;
