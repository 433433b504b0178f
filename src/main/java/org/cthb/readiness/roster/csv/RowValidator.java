package org.cthb.readiness.roster.csv;

import org.apache.commons.csv.CSVRecord;
import org.cthb.readiness.standard.rules.DeploymentRole;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.cthb.readiness.roster.csv.Column.BIRTH_YEAR;
import static org.cthb.readiness.roster.csv.Column.CATEGORY;
import static org.cthb.readiness.roster.csv.Column.EMAIL;
import static org.cthb.readiness.roster.csv.Column.FAMILY_NAME;
import static org.cthb.readiness.roster.csv.Column.GENDER;
import static org.cthb.readiness.roster.csv.Column.GIVEN_NAME;
import static org.cthb.readiness.roster.csv.Column.MISSION;
import static org.cthb.readiness.roster.csv.Column.NATIONAL_ID;
import static org.cthb.readiness.roster.csv.Column.RANK;
import static org.cthb.readiness.roster.csv.Column.ROLE;
import static org.cthb.readiness.roster.csv.Column.START_DATE;

/** Applies the roster rules to each data row and remembers national identifiers to catch duplicates in a file. */
final class RowValidator {

    static final int FIRST_BIRTH_YEAR = 1930;
    // Nobody under 16 deploys; a later year is a typing error such as the start year.
    static final int YOUNGEST_AGE = 16;

    private static final Pattern YEAR_TEXT = Pattern.compile("\\d{4}");
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile(
            "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}");
    private static final int MAX_EMAIL_LENGTH = 254;

    private final RosterHeader header;
    private final int lastBirthYear;
    private final Map<String, Long> firstRowOfId = new HashMap<>();
    private final FieldLimits limits;

    RowValidator(RosterHeader header, Year currentYear, FieldLimits limits) {
        this.header = header;
        this.limits = limits;
        this.lastBirthYear = currentYear.getValue() - YOUNGEST_AGE;
    }

    /** Sends every problem of the row to the sink, or the row itself when there are none. */
    void check(long row, CSVRecord record, RosterSink sink) {
        RowCheck check = new RowCheck(row, header, record);
        String id = nationalId(check);
        String given = check.required(GIVEN_NAME);
        String family = check.required(FAMILY_NAME);
        Category category = check.parsed(CATEGORY, Category::parse,
                "is not one of military, civilian, contractor, partner");
        Gender gender = check.parsed(GENDER, Gender::parse, "is not one of female, male, other, undisclosed");
        Integer born = check.parsed(BIRTH_YEAR, this::birthYear,
                "is not a 4-digit year between " + FIRST_BIRTH_YEAR + " and " + lastBirthYear);
        String email = check.parsed(EMAIL, RowValidator::email, "is not a valid e-mail address");
        String mission = check.required(MISSION);
        DeploymentRole role = check.parsed(ROLE, DeploymentRole::parse,
                "is not one of all personnel, commander, military police, procurement, trainer");
        LocalDate start = check.parsed(START_DATE, RowValidator::date, "is not a date written yyyy-MM-dd");
        String rank = check.optional(RANK);
        for (var value : new Object[][] {{NATIONAL_ID, id}, {GIVEN_NAME, given}, {FAMILY_NAME, family},
                {EMAIL, email}, {MISSION, mission}, {RANK, rank}}) {
            fitsColumn(check, (Column) value[0], (String) value[1]);
        }
        if (check.errors().isEmpty()) {
            sink.row(new RosterRow(row, id, given, family, category, rank, gender, born, email, mission, role, start));
        }
        check.errors().forEach(sink::error);
    }

    /** A value longer than its column is refused here, by the check that the dry run and the import share. */
    private void fitsColumn(RowCheck check, Column column, String value) {
        Integer max = limits.of(column);
        // The database counts characters, not UTF-16 units: an emoji is one character there.
        if (max != null && value != null && value.codePointCount(0, value.length()) > max) {
            check.fail(column, limits.tooLong().apply(max));
        }
    }

    private String nationalId(RowCheck check) {
        String id = check.required(NATIONAL_ID);
        Integer max = limits.of(NATIONAL_ID);
        if (max != null && id.codePointCount(0, id.length()) > max) {
            check.fail(NATIONAL_ID, limits.tooLong().apply(max));
        } else if (!id.isEmpty()) {
            Long first = firstRowOfId.putIfAbsent(id, check.row());
            if (first != null) {
                check.fail(NATIONAL_ID, RowCheck.quoted(id) + " already appears on row " + first);
            }
        }
        return id;
    }

    private Optional<Integer> birthYear(String text) {
        if (!YEAR_TEXT.matcher(text).matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(text);
        return year >= FIRST_BIRTH_YEAR && year <= lastBirthYear ? Optional.of(year) : Optional.empty();
    }

    private static Optional<String> email(String text) {
        boolean valid = text.length() <= MAX_EMAIL_LENGTH && EMAIL_ADDRESS.matcher(text).matches();
        return valid ? Optional.of(text) : Optional.empty();
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return DATE_TEXT.matcher(text).matches() ? Optional.of(LocalDate.parse(text)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
