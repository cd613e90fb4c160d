/** The embedded HTTP front that hands Slack's signed requests to the Bolt app and writes its answers back. */
package org.convene.slack.http;
