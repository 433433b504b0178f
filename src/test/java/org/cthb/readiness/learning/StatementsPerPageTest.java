package org.cthb.readiness.learning;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.cthb.readiness.Sessions;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.TestMissions;
import org.cthb.readiness.certificate.Certificate;
import org.cthb.readiness.certificate.CertificateNumber;
import org.cthb.readiness.certificate.Learners;
import org.cthb.readiness.database.CountingDriver;
import org.cthb.readiness.database.StatementCounting;
import org.cthb.readiness.quiz.LessonsDone;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1 on a learner's (or an officer's) page: the statements one page sends to the database, counted at the JDBC
 * level, are as many for a learner with little history as for one with much (lessons done, attempts, certificates),
 * and for a readiness page of one person as for one of many; and they stay under a small fixed bound.
 */
@QuarkusTest
@TestProfile(StatementCounting.class)
class StatementsPerPageTest {

    /** At most this many statements for a learner page once warm (measured: 5 to 11; the readiness page 12). */
    static final int BOUND = 12;

    @Test
    void theDashboardAndALessonCostTheSameWhateverTheLearnerHasDone() {
        Learner fresh = Learner.start();
        Learner busy = Learner.start();
        Learners.passAllBut(busy.email, 1);
        int version = fresh.version();

        int freshDashboard = count(fresh, "/learn");
        int busyDashboard = count(busy, "/learn");
        assertThat(busyDashboard).as("dashboard").isEqualTo(freshDashboard).isLessThanOrEqualTo(BOUND);

        String lesson = "/learn/v/" + version + "/why-it-matters/01-a-grave-abuse";
        int freshLesson = count(fresh, lesson);
        int busyLesson = count(busy, lesson);
        assertThat(busyLesson).as("lesson").isEqualTo(freshLesson).isLessThanOrEqualTo(BOUND);
    }

    @Test
    void aQuizAndItsResultCostTheSameWhateverTheLearnerHasDone() {
        Learner fresh = Learner.start();
        Learner busy = Learner.start();
        Learners.passAllBut(busy.email, 1);
        List<String> modules = Learners.as(busy.email).get(Learners.LEARNING + "/dashboard").then().extract()
                .jsonPath().getList("modules.moduleId");
        String last = modules.get(modules.size() - 1);
        int version = fresh.version();
        LessonsDone.forModule(fresh.email, version, last);
        LessonsDone.forModule(busy.email, version, last);

        long freshAttempt = attempt(fresh.email, version, last);
        long busyAttempt = attempt(busy.email, version, last);
        int freshQuiz = count(fresh, "/learn/attempts/" + freshAttempt);
        int busyQuiz = count(busy, "/learn/attempts/" + busyAttempt);
        assertThat(busyQuiz).as("quiz page").isEqualTo(freshQuiz).isLessThanOrEqualTo(BOUND);

        submit(fresh.email, freshAttempt);
        submit(busy.email, busyAttempt);
        int freshResult = count(fresh, "/learn/attempts/" + freshAttempt + "/result");
        int busyResult = count(busy, "/learn/attempts/" + busyAttempt + "/result");
        assertThat(busyResult).as("result page").isEqualTo(freshResult).isLessThanOrEqualTo(BOUND);
    }

    @Test
    void theCertificatesPageCostsTheSameForOneCertificateAsForMany() {
        Learner one = Learner.of(Learners.certified(null).email());
        Learners.Certified many = Learners.certified(null);
        for (int i = 0; i < 8; i++) {
            copyCertificate(many.number());
        }
        Learner holder = Learner.of(many.email());
        int oneCount = count(one, "/certificates");
        int manyCount = count(holder, "/certificates");
        assertThat(manyCount).as("certificates page").isEqualTo(oneCount).isLessThanOrEqualTo(BOUND);
    }

    @Test
    void theReadinessPageCostsTheSameForOnePersonAsForMany() {
        String officerEmail = TestAccounts.create(Role.NATION_OFFICER, "EST");
        String small = TestMissions.create("ONE");
        String large = TestMissions.create("MANY");
        roster(officerEmail, small, 1);
        roster(officerEmail, large, 40);
        Learner officer = Learner.of(officerEmail);
        String page = "/nations/EST/readiness?date=2027-01-01&mission=";
        int oneCount = count(officer, page + small);
        int manyCount = count(officer, page + large);
        assertThat(manyCount).as("readiness page").isEqualTo(oneCount).isLessThanOrEqualTo(BOUND + 2);
    }

    /** A signed-in browser of an account. */
    private record Learner(String email, Map<String, String> cookies) {

        static Learner start() {
            return of(Learners.learner(null));
        }

        static Learner of(String email) {
            return new Learner(email, Sessions.signIn(email));
        }

        int version() {
            return Learners.as(email).get(Learners.LEARNING + "/dashboard").then().statusCode(200).extract()
                    .path("version");
        }
    }

    /**
     * The statements of one request for the page, once the page was shown before (first-use work such as the
     * enrolment is done once per learner, not per page).
     */
    private static int count(Learner who, String path) {
        Function<Void, Response> get = v -> Sessions.as(who.cookies()).get(path);
        Response warm = get.apply(null);
        assertThat(warm.statusCode()).as(path + ": " + warm.asString()).isEqualTo(200);
        CountingDriver.start();
        Response response = get.apply(null);
        List<String> statements = CountingDriver.stop();
        assertThat(response.statusCode()).isEqualTo(200);
        System.out.println("STATEMENTS " + path + " (" + who.email() + "): " + statements.size());
        statements.forEach(s -> System.out.println("  " + s));
        return statements.size();
    }

    private static long attempt(String email, int version, String module) {
        return Learners.as(email).post(Learners.LEARNING + "/versions/" + version + "/modules/" + module
                + "/attempts").then().statusCode(200).extract().jsonPath().getLong("id");
    }

    private static void submit(String email, long attempt) {
        Learners.as(email).post(Learners.LEARNING + "/attempts/" + attempt + "/submit").then().statusCode(200);
    }

    /** A later certificate of the same holder, as a renewal or a new course version would issue. */
    private static void copyCertificate(String number) {
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Certificate.getEntityManager();
            int index = ((Number) em.createNativeQuery("select next_value from certificate_counter"
                    + " where name = 'status_list_index' for update").getSingleResult()).intValue();
            em.createNativeQuery("update certificate_counter set next_value = next_value + 1"
                    + " where name = 'status_list_index'").executeUpdate();
            em.createNativeQuery("""
                    insert into certificate (number, account_id, person_id, course_version_id, holder_name, nation_iso3,
                      subject_pseudonym, standard_name, standard_version, issued_at, issued_on, expires_on,
                      status_list_index)
                    select ?1, account_id, person_id, course_version_id, holder_name, nation_iso3, subject_pseudonym,
                      standard_name, standard_version, issued_at, issued_on, expires_on, ?2
                    from certificate where number = ?3""")
                    .setParameter(1, CertificateNumber.random().compact()).setParameter(2, index)
                    .setParameter(3, CertificateNumber.parse(number).number().compact()).executeUpdate();
        });
    }

    private static void roster(String officer, String mission, int people) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder("national_id,given_name,family_name,category,rank,gender,birth_year,"
                + "email,mission,role,start_date\n");
        for (int i = 0; i < people; i++) {
            csv.append("S").append(tag).append(i).append(",Eva,Family").append(tag).append(i)
                    .append(",civilian,,female,1985,s").append(tag).append(i).append("@est.example,").append(mission)
                    .append(i % 2 == 0 ? ",ALL_PERSONNEL" : ",COMMANDER").append(",2027-09-01\n");
        }
        Learners.as(officer).contentType("text/csv").body(csv.toString())
                .post("/api/nations/EST/roster?dryRun=false").then().statusCode(200);
    }
}
