/**
 * Owns the stored minimum standards: NATO's versioned baseline, each nation's versioned overlay, who may change
 * them, and the requirement that applies to a learner or a deployment.
 */
package org.cthb.readiness.standard;
