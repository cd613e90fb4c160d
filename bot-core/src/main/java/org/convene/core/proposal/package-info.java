/** Members proposing new groups, and admins accepting or declining the proposals. */
package org.convene.core.proposal;
