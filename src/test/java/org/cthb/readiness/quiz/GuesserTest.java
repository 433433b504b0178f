package org.cthb.readiness.quiz;

import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.CourseReader;
import org.cthb.readiness.course.files.Text;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, point 6: no way of answering that skips the lessons may pass a module more than 5 % of the time per
 * attempt, or more than 10 % of the time within the attempts the module allows. Asserted on a fair fixture course
 * until the shipped course's rewrite (issue 18) lands; the shipped course's figures are printed in the build log.
 */
class GuesserTest {

    static final Path FIXTURE_COURSE = Path.of("src/test/resources/guesser-fixture");
    static final Path SHIPPED_COURSE = Path.of("courses/cthb-predeployment");
    /** The course the limits are asserted on: make this SHIPPED_COURSE once the rewritten course lands. */
    static final Path ASSERTED_COURSE = SHIPPED_COURSE;
    static final double PER_ATTEMPT_LIMIT = 0.05;
    static final double WITHIN_ATTEMPTS_LIMIT = 0.10;

    @Test
    void noStrategyPassesAModuleWithoutTheLessons() {
        List<Guesser.Figures> figures = figures(read(ASSERTED_COURSE));
        System.out.println(GuesserTable.of(ASSERTED_COURSE, figures));
        assertThat(figures).filteredOn(f -> f.perAttempt() > PER_ATTEMPT_LIMIT
                        || f.withinAttempts() > WITHIN_ATTEMPTS_LIMIT)
                .as("strategies passing above %.0f %% per attempt or %.0f %% within the attempts",
                        PER_ATTEMPT_LIMIT * 100, WITHIN_ATTEMPTS_LIMIT * 100)
                .isEmpty();
    }

    @Test
    void shippedCourseFiguresGoToTheBuildLog() {
        CourseContent shipped = read(SHIPPED_COURSE);
        List<Guesser.Figures> figures = figures(shipped);
        System.out.println(GuesserTable.of(SHIPPED_COURSE, figures));
        assertThat(figures).hasSize(shipped.modules().size() * GuessStrategy.values().length);
    }

    @Test
    void aKeyThatIsAlwaysTheLongestIsCaught() {
        CourseContent cued = withLongestKeys(read(FIXTURE_COURSE));
        List<Guesser.Figures> longest = cued.modules().stream().map(m -> Guesser.run(m, GuessStrategy.LONGEST))
                .toList();
        assertThat(longest).allSatisfy(f -> assertThat(f.withinAttempts()).isGreaterThan(WITHIN_ATTEMPTS_LIMIT));
    }

    @Test
    void sameSeedSameFigures() {
        CourseContent.ModuleContent module = read(FIXTURE_COURSE).modules().get(0);
        assertThat(Guesser.run(module, GuessStrategy.MEMORISER)).isEqualTo(Guesser.run(module, GuessStrategy.MEMORISER));
    }

    static List<Guesser.Figures> figures(CourseContent course) {
        List<Guesser.Figures> figures = new ArrayList<>();
        for (CourseContent.ModuleContent module : course.modules()) {
            for (GuessStrategy strategy : GuessStrategy.values()) {
                figures.add(Guesser.run(module, strategy));
            }
        }
        return figures;
    }

    private static CourseContent read(Path folder) {
        CourseReader.Result result = CourseReader.read(folder);
        assertThat(result.problems()).as("problems of %s", folder).isEmpty();
        return result.content();
    }

    /** The fixture with every correct option made the longest, the cue issue 17 found in the shipped course. */
    private static CourseContent withLongestKeys(CourseContent course) {
        List<CourseContent.ModuleContent> modules = course.modules().stream().map(m -> new CourseContent.ModuleContent(
                m.folder(), m.id(), m.title(), m.summary(), m.roles(), m.lessons(),
                new CourseContent.QuizContent(m.quiz().file(), m.quiz().draw(), m.quiz().passMark(),
                        m.quiz().attempts(), m.quiz().cooldownMinutes(), m.quiz().questions().stream()
                        .map(q -> q.withOptions(q.options().stream().map(o -> o.correct()
                                ? new CourseContent.OptionContent(o.id(), true, padded(o.text()), o.feedback(),
                                o.pinned()) : o).toList())).toList()))).toList();
        return new CourseContent(course.id(), course.title(), course.description(), modules, course.assets());
    }

    private static Text padded(Text text) {
        String padding = " as the policy requires of every member of the force in every situation";
        return new Text(text.en() + padding, text.fr() + padding);
    }
}
