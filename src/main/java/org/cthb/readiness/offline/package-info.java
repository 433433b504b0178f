/**
 * Reading the course offline on a phone and sending back what was done offline: the "keep this course on my phone"
 * page, the list of what a phone keeps, and the idempotent receipt of queued lesson completions and quiz answers.
 */
package org.cthb.readiness.offline;
