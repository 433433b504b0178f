/**
 * The key that encrypts the session cookie: read or created in the data folder before the HTTP layer starts, and
 * checked at start-up against the fingerprint every other instance recorded in the database.
 */
package org.cthb.readiness.session;
