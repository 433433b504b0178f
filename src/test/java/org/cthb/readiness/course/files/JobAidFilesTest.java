package org.cthb.readiness.course.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Job aids are course files: validated in both languages, shaped to fit one page, exported back as files. */
class JobAidFilesTest {

    @Test
    public void everyRoleModuleOfTheShippedCourseHasAFourSectionJobAidInBothLanguages() {
        CourseContent content = CourseReader.read(Path.of("courses/cthb-predeployment")).content();
        for (CourseContent.ModuleContent module : content.modules()) {
            if (module.isCore()) {
                assertThat(module.jobAid()).as(module.folder()).isNull();
                continue;
            }
            assertThat(module.jobAid()).as(module.folder()).isNotNull();
            assertThat(JobAidSections.parse(module.jobAid().en().markdown())).extracting(JobAidSections.Section::heading)
                    .containsExactly("Indicators", "Do", "Don't", "How to report");
            assertThat(JobAidSections.parse(module.jobAid().fr().markdown())).extracting(JobAidSections.Section::heading)
                    .containsExactly("Indicateurs", "À faire", "À ne pas faire", "Comment rendre compte");
        }
    }

    @Test
    public void aMissingLanguageAMisshapenBodyAndFrenchTypographyAreReported(@TempDir Path dir) throws IOException {
        Path course = QuizLintTest.copy(Path.of("src/test/resources/course-fixtures/valid"), dir.resolve("c"));
        Path module = course.resolve("01-basics");
        Files.writeString(module.resolve("module.yaml"), Files.readString(module.resolve("module.yaml"))
                + "jobAid: aid\n");
        Files.writeString(module.resolve("aid.en.md"), "---\ntitle: Aid\n---\n## Indicators\n- one\n## Do\n"
                + "Some prose.\n");
        CourseReader.Result missing = CourseReader.read(course);
        assertThat(missing.problems()).map(FileProblem::toString).contains(
                "01-basics/module.yaml:" + lineOf(module, "jobAid") + ": job aid 'aid' has no French file aid.fr.md",
                "01-basics/aid.en.md:7: a job aid holds only '## ' headings and '- ' bullet points under them",
                "01-basics/aid.en.md:6: section 'Do' has no bullet point",
                "01-basics/aid.en.md:4: a job aid has exactly 4 sections ('## ' headings: indicators, do, don't,"
                        + " how to report), not 2");

        String body = "## A\n- a\n## B\n- b\n## C\n- c\n## D\n- d\n";
        Files.writeString(module.resolve("aid.en.md"), "---\ntitle: Aid\n---\n" + body);
        Files.writeString(module.resolve("aid.fr.md"), "---\ntitle: Aide\n---\n" + body.replace("- d", "- d : e"));
        CourseReader.Result typography = CourseReader.read(course);
        assertThat(typography.problems()).isEmpty();
        assertThat(typography.warnings()).map(FileProblem::toString)
                .anyMatch(w -> w.startsWith("01-basics/aid.fr.md:11: French typography"));
        CourseContent.JobAid aid = typography.content().modules().get(0).jobAid();
        assertThat(aid.fr().title()).isEqualTo("Aide");
        assertThat(JobAidSections.parse(aid.en().markdown())).hasSize(4);
    }

    static int lineOf(Path module, String key) throws IOException {
        var lines = Files.readAllLines(module.resolve("module.yaml"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + ":")) {
                return i + 1;
            }
        }
        throw new AssertionError(key);
    }
}
