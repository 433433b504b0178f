/** Owns certificates: issuance, numbers, PDF, Open Badges 3.0 credentials, revocation and verification. */
package org.cthb.readiness.certificate;
