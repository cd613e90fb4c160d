/** The public HTML pages of a community, its groups and events, the embed for another website, and their assets. */
package org.convene.web.page;
