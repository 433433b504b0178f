/** Owns the reference data every feature shares: nations and missions. */
package org.cthb.readiness.reference;
