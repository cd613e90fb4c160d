/** The upgrade promise checked on PostgreSQL's own catalogs: a release's migrations only expand the released schema. */
package org.convene.core.schema;
