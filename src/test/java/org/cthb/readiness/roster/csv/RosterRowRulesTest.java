package org.cthb.readiness.roster.csv;

import org.cthb.readiness.standard.rules.DeploymentRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.roster.csv.Recorder.HEADER;
import static org.cthb.readiness.roster.csv.Recorder.line;

/** Each rule of a roster row, with the exact row, column and message the officer sees (the year is 2025). */
class RosterRowRulesTest {

    /** A valid line for id Z1 with one column's value replaced. */
    static String with(String column, String value) {
        String[] names = HEADER.strip().split(",");
        String[] values = line("Z1").strip().split(",", -1);
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(column)) {
                values[i] = value;
            }
        }
        return String.join(",", values) + "\n";
    }

    static Recorder readSecondRow(String row) {
        return Recorder.read(HEADER + line("OK") + row);
    }

    @ParameterizedTest
    @CsvSource({"national_id", "given_name", "family_name", "category", "gender", "birth_year", "email", "mission",
            "role", "start_date"})
    void everyColumnButRankIsRequired(String column) {
        Recorder result = readSecondRow(with(column, "  "));
        assertThat(result.errors).containsExactly(new RowError(3, column, "a value is required"));
        assertThat(result.rows).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "category|soldier|'soldier' is not one of military, civilian, contractor, partner",
        "gender|f|'f' is not one of female, male, other, undisclosed",
        "birth_year|85|'85' is not a 4-digit year between 1930 and 2009",
        "birth_year|1929|'1929' is not a 4-digit year between 1930 and 2009",
        "birth_year|2010|'2010' is not a 4-digit year between 1930 and 2009",
        "birth_year|19x0|'19x0' is not a 4-digit year between 1930 and 2009",
        "email|amina.example.org|'amina.example.org' is not a valid e-mail address",
        "email|amina@example|'amina@example' is not a valid e-mail address",
        "email|ami na@example.org|'ami na@example.org' is not a valid e-mail address",
        "email|amina@@example.org|'amina@@example.org' is not a valid e-mail address",
        "role|pilot|'pilot' is not one of all personnel, commander, military police, procurement, trainer",
        "start_date|01/09/2025|'01/09/2025' is not a date written yyyy-MM-dd",
        "start_date|2025-02-30|'2025-02-30' is not a date written yyyy-MM-dd",
        "start_date|2025-9-1|'2025-9-1' is not a date written yyyy-MM-dd"})
    void invalidValueIsReportedWithItsText(String column, String value, String message) {
        Recorder result = readSecondRow(with(column, value));
        assertThat(result.errors).containsExactly(new RowError(3, column, message));
    }

    @ParameterizedTest
    @CsvSource({"ALL_PERSONNEL,ALL_PERSONNEL", "all_personnel,ALL_PERSONNEL", "all personnel,ALL_PERSONNEL",
            "COMMANDER,COMMANDER", "Commander,COMMANDER", "military police,MILITARY_POLICE",
            "MILITARY_POLICE,MILITARY_POLICE", "gendarmerie,MILITARY_POLICE", "procurement,PROCUREMENT",
            "Contracting Officer,PROCUREMENT", "trainer,TRAINER", "TRAINER,TRAINER"})
    void roleIsAcceptedByNameOrLabel(String written, DeploymentRole role) {
        Recorder result = Recorder.read(HEADER + with("role", written));
        assertThat(result.errors).isEmpty();
        assertThat(result.rows).singleElement().satisfies(row -> assertThat(row.role()).isEqualTo(role));
    }

    @Test
    void boundaryBirthYearsAreAccepted() {
        Recorder result = Recorder.read(HEADER + with("birth_year", "1930") + line("Z2").replace("1990", "2009"));
        assertThat(result.errors).isEmpty();
        assertThat(result.rows).extracting(RosterRow::birthYear).containsExactly(1930, 2009);
    }

    @Test
    void nationalIdLongerThan64CharactersIsRefused() {
        Recorder result = readSecondRow(line("X".repeat(65)) + line("Y".repeat(64)));
        assertThat(result.errors).containsExactly(new RowError(3, "national_id", "is longer than 64 characters"));
        assertThat(result.rows).extracting(RosterRow::nationalId).containsExactly("OK", "Y".repeat(64));
    }

    @Test
    void duplicateNationalIdIsAnErrorOnTheLaterRowOnly() {
        Recorder result = Recorder.read(HEADER + line("D1") + line("D2") + line("D1") + line("D1"));
        assertThat(result.errors).containsExactly(
                new RowError(4, "national_id", "'D1' already appears on row 2"),
                new RowError(5, "national_id", "'D1' already appears on row 2"));
        assertThat(result.rows).extracting(RosterRow::row).containsExactly(2L, 3L);
    }

    @Test
    void everyProblemOfARowIsReportedInColumnOrder() {
        Recorder result = Recorder.read(HEADER + "E1,,Haddad,soldier,,female,1990,nope,KFOR,pilot,2025-09-01\n");
        assertThat(result.errors).extracting(RowError::toString).containsExactly(
                "row 2, given_name: a value is required",
                "row 2, category: 'soldier' is not one of military, civilian, contractor, partner",
                "row 2, email: 'nope' is not a valid e-mail address",
                "row 2, role: 'pilot' is not one of all personnel, commander, military police, procurement, trainer");
        assertThat(result.rows).isEmpty();
        assertThat(result.summary).isEqualTo(new ReadSummary(1, 0, 4, true));
    }

    @Test
    void longValuesAreShortenedInMessages() {
        Recorder result = Recorder.read(HEADER + with("category", "c".repeat(100)));
        assertThat(result.errors).singleElement().satisfies(error ->
                assertThat(error.message()).startsWith("'" + "c".repeat(40) + "…'"));
    }

    @Test
    void shortRowReportsTheColumnsItLacks() {
        Recorder result = Recorder.read(HEADER + "S1,Amina,Haddad,civilian,,female,1990,a@b.org,KFOR\n");
        assertThat(result.errors).containsExactly(new RowError(2, "role", "a value is required"),
                new RowError(2, "start_date", "a value is required"));
    }
}
