/** Slack's endpoint on the HTTP front: the signature checked on the raw bytes, then the request handed to Bolt. */
package org.convene.slack.http;
