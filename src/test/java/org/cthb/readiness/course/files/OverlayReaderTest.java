package org.cthb.readiness.course.files;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A nation's overlay folder is validated like a course's modules, and its modules carry the nation's prefix. */
class OverlayReaderTest {

    static final Path FIXTURES = Path.of("src/test/resources/overlay-fixtures");

    @Test
    void aValidOverlayNamesItsNationCourseAndModules() {
        OverlayReader.Result result = OverlayReader.read(FIXTURES.resolve("FRA"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.nation()).isEqualTo("FRA");
        assertThat(result.courseId()).isEqualTo("cthb-predeployment");
        assertThat(result.modules()).extracting(CourseContent.ModuleContent::id).containsExactly("fra-national-law");
        assertThat(result.modules().get(0).lessons()).isNotEmpty();
    }

    @Test
    void aFolderOfAnotherNationAndAnUnprefixedModuleAreRefused() {
        OverlayReader.Result result = OverlayReader.read(FIXTURES.resolve("XYZ"));
        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).map(FileProblem::toString).containsExactly(
                "01-national-law/module.yaml:1: a national module's id starts with 'fra-' (the nation's code),"
                        + " not 'basics'",
                "overlay.yaml:1: nation must be the ISO 3166 alpha-3 code that names the folder (XYZ), not 'FRA'");
    }

    @Test
    void theTestOverlaysOfTwoNationsAreValidAndNameTheLineOfTheirCourse() {
        for (String nation : java.util.List.of("GRC", "ITA")) {
            OverlayReader.Result result = OverlayReader.read(Path.of("src/test/resources/national-overlays", nation));
            assertThat(result.problems()).as(nation).isEmpty();
            assertThat(result.nation()).isEqualTo(nation);
            assertThat(result.courseLine()).isEqualTo(3);
            assertThat(result.modules()).extracting(CourseContent.ModuleContent::id)
                    .containsExactly(nation.toLowerCase() + "-national-law");
            assertThat(result.modules().get(0).nation()).as("marked when merged, not when read").isNull();
        }
    }
}
