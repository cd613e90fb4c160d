/** A loopback stand-in of Slack and signed Slack requests, for end-to-end tests of the Slack adapter. */
package org.convene.slack.standin;
