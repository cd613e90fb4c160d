/** The command language: typed commands, the one text grammar that reads them, and the handlers that run them. */
package org.convene.core.command;
