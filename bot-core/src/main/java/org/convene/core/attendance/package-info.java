/** Attendance: check-in codes and windows, who came, no-shows and how long they count. */
package org.convene.core.attendance;
