/** Owns the connection to MariaDB: the embedded server for laptops and tests, and start-up checks for an external one. */
package org.cthb.readiness.database;
