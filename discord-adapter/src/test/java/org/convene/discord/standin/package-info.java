/**
 * A loopback stand-in of Discord (REST API and WebSocket gateway) that lets the real JDA run end to end in tests.
 */
package org.convene.discord.standin;
