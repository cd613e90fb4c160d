/** Slack end to end: signed slash commands at a fixed rate into the real bot and into a no-op Bolt app. */
package org.convene.benchmarks.slack;
