package org.cthb.readiness.journey;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.TestMissions;
import org.cthb.readiness.certificate.Learners;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.crawl.Cast;
import org.cthb.readiness.crawl.WebSession;
import org.cthb.readiness.security.Role;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.journey.Journeys.CERT_EN;
import static org.cthb.readiness.journey.Journeys.EN;

/**
 * A learner who takes every non-graphic alternative the course offers: deployed as military police and as a
 * procurement officer (whose modules hold the remaining alternatives), they read each sensitive lesson through its
 * content note and its alternative, never the full text, and are certified all the same.
 */
@QuarkusTest
class AlternativesJourneyTest {

    @Test
    void everySensitiveLessonReadThroughItsAlternativeCountsAndCertifies() {
        String me = Learners.learner("EST");
        String officer = TestAccounts.create(Role.NATION_OFFICER, "EST");
        String start = LocalDate.now().plusDays(60).toString();
        // One deployment per mission: as military police in one, as procurement officer in another (a file names a
        // person once, so two imports).
        String id = "ALT" + Integer.toHexString(me.hashCode());
        for (String role : new String[]{"MILITARY_POLICE", "PROCUREMENT"}) {
            given().auth().preemptive().basic(officer, TestAccounts.PASSWORD).contentType("text/csv")
                    .body("national_id,given_name,family_name,category,rank,gender,birth_year,email,mission,role,start_date\n"
                            + id + ",Alex,Alt,military,,male,1990," + me + "," + TestMissions.create("ALT") + ","
                            + role + "," + start + "\n")
                    .post("/api/nations/EST/roster?dryRun=false").then().statusCode(200);
        }
        WebSession web = WebSession.signIn(me);
        Document dashboard = Journeys.dashboard(web);
        int version = Journeys.version(dashboard);
        List<String> modules = Learners.as(me).get("/api/learning/dashboard").then().extract().path("modules.moduleId");
        assertThat(modules).contains("military-police", "procurement");

        int alternatives = 0;
        List<String> sensitiveModules = new ArrayList<>();
        for (String moduleId : modules) {
            CourseContent.ModuleContent module = Journeys.module(version, moduleId);
            for (CourseContent.LessonContent lesson : module.lessons()) {
                CourseContent.LessonText text = lesson.in("en");
                String path = "/learn/v/" + version + "/" + moduleId + "/" + lesson.name();
                Document page = web.page(path);
                if (!text.sensitive()) {
                    assertThat(page.select("main h1").text()).isEqualTo(text.title());
                    Journeys.markDone(web, page);
                    continue;
                }
                // The content note first, with the choice of the full lesson, the alternative, or leaving.
                assertThat(page.select("main section.note").text()).contains(text.contentNote());
                assertThat(page.select("main article.lesson")).as("nothing of the lesson before the choice").isEmpty();
                assertThat(page.select("main form")).isEmpty();
                assertThat(page.select("main ul.choices a[href=?view=alternative]").text()).isEqualTo(EN.read_alternative());
                Document alternative = web.page(path + "?view=alternative");
                assertThat(alternative.select("main h1").text()).isEqualTo(text.alternative().title());
                assertThat(alternative.select("main p.note").text()).isEqualTo(EN.alternative_notice());
                assertThat(alternative.select("main article.lesson").text()).isNotBlank();
                assertThat(alternative.select("main form input[name=alternative]").val()).isEqualTo("true");
                Journeys.markDone(web, alternative);
                alternatives++;
                sensitiveModules.add(moduleId);
            }
            assertThat(Journeys.moduleCard(Journeys.dashboard(web), version, moduleId).text())
                    .contains(EN.lessons_done(module.lessons().size(), module.lessons().size()));
        }
        assertThat(sensitiveModules).as("every module that has alternatives")
                .contains("what-trafficking-is", "how-it-happens", "victims-and-survivors", "military-police",
                        "procurement");
        long account = Cast.accountId(me);
        long viaAlternative = QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from lesson_progress where account_id = ?1 and via_alternative")
                .setParameter(1, account).getSingleResult()).longValue());
        assertThat(viaAlternative).as("each alternative recorded as such").isEqualTo(alternatives);

        dashboard = Journeys.dashboard(web);
        assertThat(dashboard.select("main section.next a").attr("href")).endsWith("/quiz");
        Learners.passAllBut(me, 0);
        Document mine = web.page("/certificates");
        assertThat(mine.select("main li.card").text()).contains(CERT_EN.status_valid());
        assertThat(Learners.as(me).get("/api/learning/dashboard").then().extract().<String>path("next.kind"))
                .isEqualTo("DONE");
    }
}
