/** Upgrade safety: the released build and this build running side by side on one database while it migrates. */
package org.convene.config.upgrade;
