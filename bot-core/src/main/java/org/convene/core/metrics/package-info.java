/** What the instance counts and times for its operators, through Micrometer, under bounded label values only. */
package org.convene.core.metrics;
