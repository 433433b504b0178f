/** Owns item analysis: per question of a course version, how often it is answered right, how well it separates, and which options are chosen. */
package org.cthb.readiness.quiz.analysis;
