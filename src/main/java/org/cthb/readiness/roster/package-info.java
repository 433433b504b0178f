/** Owns persons and their deployments, and the import of a nation's contingent roster. */
package org.cthb.readiness.roster;
