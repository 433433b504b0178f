/** Owns deployment readiness: per nation, mission and date, who is certified, counts and disaggregation. */
package org.cthb.readiness.readiness;
