/** The App Home tab: the member's groups, RSVPs and upcoming events. */
package org.convene.slack.home;
