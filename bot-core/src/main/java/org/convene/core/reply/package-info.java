/** The platform-neutral reply model: text made of spans, cards with fields and buttons, shown privately or to all. */
package org.convene.core.reply;
