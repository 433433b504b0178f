/** Owns reminder e-mails: to the people a readiness view shows as not ready, and before a certificate expires. */
package org.cthb.readiness.reminder;
