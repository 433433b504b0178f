package org.cthb.readiness.course;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.account.Account;
import org.cthb.readiness.course.files.CourseReader;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class EnrolmentsTest {

    @Inject
    Enrolments enrolments;
    @Inject
    CourseImporter importer;

    private static long accountId(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Account.byEmail(email).orElseThrow().id);
    }

    @Test
    void aLearnerMidCourseKeepsTheirVersionWhileNewLearnersGetTheNewOne() {
        String id = CourseZips.freshId();
        var content = CourseReader.read(Path.of("src/test/resources/course-fixtures/valid")).content();
        var v1 = new org.cthb.readiness.course.files.CourseContent(id, content.title(), content.description(),
                content.modules(), content.assets());
        importer.importContent(v1, "test");
        long early = accountId(TestAccounts.create(Role.LEARNER, null));
        assertThat(enrolments.versionOf(early, id).number()).isEqualTo(1);

        var v2 = new org.cthb.readiness.course.files.CourseContent(id,
                new org.cthb.readiness.course.files.Text("Mini course, revised", "Mini cours, révisé"),
                content.description(), content.modules(), content.assets());
        assertThat(importer.importContent(v2, "test").version()).isEqualTo(2);

        long late = accountId(TestAccounts.create(Role.LEARNER, null));
        assertThat(enrolments.versionOf(early, id).number()).isEqualTo(1);
        assertThat(enrolments.versionOf(late, id).number()).isEqualTo(2);
        assertThatThrownBy(() -> enrolments.requireVersion(early, id, 2)).isInstanceOf(NotFound.class);
    }
}
