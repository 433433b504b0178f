/**
 * LTI 1.3 tool: a nation's own LMS (the platform) launches our modules (Core 1.3, third-party initiated login),
 * lets teachers pick modules (Deep Linking 2.0), and receives the scores (Assignment and Grade Services 2.0)
 * through a durable outbox.
 */
package org.cthb.readiness.lti;
