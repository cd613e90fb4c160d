/** Convene on Discord: settings and the bot that connects JDA to the core. */
package org.convene.discord;
