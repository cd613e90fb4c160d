/** Turns the core's platform-neutral replies into Discord messages: markdown, embeds and buttons. */
package org.convene.discord.render;
