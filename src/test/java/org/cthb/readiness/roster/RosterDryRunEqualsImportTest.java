package org.cthb.readiness.roster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.quarkus.hibernate.orm.panache.Panache;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.roster.RosterImportTest.HEADER;
import static org.cthb.readiness.roster.RosterImportTest.ids;
import static org.cthb.readiness.roster.RosterImportTest.officer;
import static org.hamcrest.Matchers.equalTo;

/** The dry run and the import share one check: values longer than the database's columns are row errors in both. */
@QuarkusTest
class RosterDryRunEqualsImportTest {

    @Test
    void overlongValuesAreTheSameRowErrorsInTheDryRunAndTheImportAndNothingIsWritten() {
        String valid = ids();
        String longName = ids();
        String longRank = ids();
        String longId = ids() + "X".repeat(60);
        String csv = HEADER
                + valid + ";Alex;Martin;military;Sgt;female;1990;" + valid.toLowerCase() + "@mil.example;KFOR;ALL_PERSONNEL;2027-03-01\n"
                + longName + ";" + "Ä".repeat(101) + ";Martin;military;Sgt;female;1990;" + longName.toLowerCase() + "@mil.example;KFOR;ALL_PERSONNEL;2027-03-01\n"
                + longRank + ";Alex;Martin;military;" + "R".repeat(65) + ";female;1990;" + longRank.toLowerCase() + "@mil.example;KFOR;ALL_PERSONNEL;2027-03-01\n"
                + longId + ";Alex;Martin;military;Sgt;female;1990;x" + valid.toLowerCase() + "@mil.example;KFOR;ALL_PERSONNEL;2027-03-01\n";
        JsonPath dry = officer("FRA").body(csv).post("/api/nations/FRA/roster").then().statusCode(200)
                .body("rejected", equalTo(3)).extract().jsonPath();
        List<Map<String, Object>> dryErrors = errorsOfRejected(dry);
        assertThat(dryErrors).extracting(e -> e.get("row"), e -> e.get("column")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "given_name"), org.assertj.core.groups.Tuple.tuple(4, "rank"),
                org.assertj.core.groups.Tuple.tuple(5, "national_id"));
        assertThat(dryErrors).extracting(e -> e.get("message")).containsExactly("is longer than 100 characters",
                "is longer than 64 characters", "is longer than 64 characters");

        JsonPath real = officer("FRA").body(csv).post("/api/nations/FRA/roster?dryRun=false").then().statusCode(422)
                .body("applied", equalTo(false)).body("rejected", equalTo(3)).extract().jsonPath();
        assertThat(errorsOfRejected(real)).isEqualTo(dryErrors);
        assertThat(persons(valid, longName, longRank)).isZero();

        officer("FRA").cookie("cthb-lang", "fr").body(csv).post("/api/nations/FRA/roster").then()
                .statusCode(200).body("outcomes.find { it.row == 3 }.errors[0].message",
                        equalTo("dépasse 100 caractères"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errorsOfRejected(JsonPath report) {
        List<Map<String, Object>> outcomes = report.getList("outcomes");
        return outcomes.stream().filter(o -> "REJECTED".equals(o.get("action")))
                .flatMap(o -> ((List<Map<String, Object>>) o.get("errors")).stream()).toList();
    }

    private static long persons(String... ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager().createNativeQuery(
                "select count(*) from person where nation_iso3 = 'FRA' and national_id in (?1, ?2, ?3)")
                .setParameter(1, ids[0]).setParameter(2, ids[1]).setParameter(3, ids[2]).getSingleResult())
                .longValue());
    }
}
