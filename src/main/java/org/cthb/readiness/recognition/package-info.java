/** Owns recognition of prior learning: the issuers each nation trusts, and modules recognised from their credentials. */
package org.cthb.readiness.recognition;
