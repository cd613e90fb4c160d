/** Bolt handlers for the slash command, buttons and the event modal, and the caller lookup they share. */
package org.convene.slack.interaction;
