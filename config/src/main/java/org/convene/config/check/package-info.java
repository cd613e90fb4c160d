/** {@code convene check}: the resolved settings without secrets, and each one tried against the world, a line each. */
package org.convene.config.check;
