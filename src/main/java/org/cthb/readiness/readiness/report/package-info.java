/**
 * Owns the pure building blocks of readiness reports: safe CSV and spreadsheet exports, and small-cell suppression
 * of counts tables.
 */
package org.cthb.readiness.readiness.report;
