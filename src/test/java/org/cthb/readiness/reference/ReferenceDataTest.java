package org.cthb.readiness.reference;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ReferenceDataTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void serviceIsReadyOnMariaDb() throws Exception {
        given().when().get("/q/health/ready").then().statusCode(200);
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery("select version()")) {
            rs.next();
            assertThat(rs.getString(1)).contains("MariaDB");
        }
    }

    @Test
    void liquibaseCreatedTheSchema() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "select table_name from information_schema.tables where table_schema = database()")) {
            while (rs.next()) {
                tables.add(rs.getString(1).toLowerCase());
            }
        }
        assertThat(tables).contains("nation", "person", "account", "mission", "deployment", "audit_event",
                "databasechangelog");
    }

    @Test
    void nationsArePublicWithAllThirtyTwoAllies() {
        given().when().get("/api/nations").then().statusCode(200)
                .body("findAll { it.natoMember }", hasSize(32))
                .body("iso3", hasItems("FRA", "USA", "FIN", "SWE", "TUR", "UKR", "CHE"))
                .body("find { it.iso3 == 'DEU' }.nameFr", org.hamcrest.Matchers.equalTo("Allemagne"));
    }

    @Test
    void missionsIncludeTheExamples() {
        given().when().get("/api/missions").then().statusCode(200)
                .body("code", hasItems("KFOR", "NMI", "FLF"));
    }
}
