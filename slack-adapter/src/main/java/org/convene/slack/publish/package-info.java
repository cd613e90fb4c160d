/** Delivers the outbox's messages to Slack channels and direct messages. */
package org.convene.slack.publish;
