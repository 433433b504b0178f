/**
 * Owns the pure rules of minimum standards: deployment roles, the NATO baseline, national overlays, the check that
 * an overlay never weakens the baseline, and the effective requirement for a role.
 */
package org.cthb.readiness.standard.rules;
