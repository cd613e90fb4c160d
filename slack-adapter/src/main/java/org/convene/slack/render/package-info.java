/** Turns the core's platform-neutral replies into Slack Block Kit and escaped mrkdwn. */
package org.convene.slack.render;
