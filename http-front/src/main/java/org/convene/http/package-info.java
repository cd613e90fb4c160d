/** The one public HTTP server of an instance: routes by path, with bounds on what strangers can make it do. */
package org.convene.http;
