/**
 * Owns the roster CSV format: streaming a nation's roster file row by row and validating each row, with errors
 * numbered as the officer sees them in a spreadsheet.
 */
package org.cthb.readiness.roster.csv;
