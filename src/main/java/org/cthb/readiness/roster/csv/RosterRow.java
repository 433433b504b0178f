package org.cthb.readiness.roster.csv;

import org.cthb.readiness.standard.rules.DeploymentRole;

import java.time.LocalDate;

/**
 * One valid roster row: a person of the importing nation and their deployment. The mission is only a code here;
 * whether it exists is for the caller to check. Rank is null when the file leaves it empty.
 */
public record RosterRow(long row, String nationalId, String givenName, String familyName, Category category,
                        String rank, Gender gender, int birthYear, String email, String mission, DeploymentRole role,
                        LocalDate startDate) {
}
