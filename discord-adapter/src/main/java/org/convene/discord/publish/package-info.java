/** Delivers the outbox's messages on Discord: channel posts, direct messages and scheduled events. */
package org.convene.discord.publish;
