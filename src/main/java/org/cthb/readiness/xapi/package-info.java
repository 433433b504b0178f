/** Owns learning records as xAPI 1.0.3 statements: the outbox written with each event, and delivery to nations' LRSs. */
package org.cthb.readiness.xapi;
