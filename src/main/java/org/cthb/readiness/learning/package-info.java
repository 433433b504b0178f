/** Owns the learner's journey: required modules, lessons with trauma-informed delivery, progress and the dashboard. */
package org.cthb.readiness.learning;
