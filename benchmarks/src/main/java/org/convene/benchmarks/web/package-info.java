/** The public pages and feeds under load, beside a static file of the same size served by the same server. */
package org.convene.benchmarks.web;
