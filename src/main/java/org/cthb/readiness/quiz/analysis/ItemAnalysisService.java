package org.cthb.readiness.quiz.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.Text;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Item analysis of a course version, for authors; the one service behind the page and the API. */
@ApplicationScoped
public class ItemAnalysisService {

    /** Below this discrimination an item hardly separates those who learned from those who did not. */
    static final double LOW_DISCRIMINATION = 0.1;

    /** Below this many attempts a correlation is mostly noise, so none is shown. */
    @ConfigProperty(name = "cthb.item-analysis.minimum-attempts", defaultValue = "10")
    int minimumAttempts;
    @Inject
    CourseCatalog catalog;
    @Inject
    ItemAnalysisQueries queries;

    /** Every question of the version, lowest facility first; an unknown course or version is not found. */
    @Transactional
    public ItemAnalysis analyse(String courseId, int versionNumber, String language) {
        CourseCatalog.Version version = catalog.version(courseId, versionNumber);
        CourseContent content = version.content();
        Map<String, ItemAnalysisQueries.QuestionSums> sums = queries.questionSums(version.id(), content).stream()
                .collect(Collectors.toMap(s -> s.moduleId() + "/" + s.questionId(), Function.identity()));
        Map<String, Long> chosen = queries.optionCounts(version.id(), content).stream()
                .collect(Collectors.toMap(c -> c.moduleId() + "/" + c.questionId() + "/" + c.optionId(),
                        ItemAnalysisQueries.OptionCount::chosen));
        List<ItemAnalysis.Item> items = new ArrayList<>();
        for (CourseContent.ModuleContent module : content.modules()) {
            for (CourseContent.QuestionContent question : module.quiz().questions()) {
                items.add(item(module, question, sums.get(module.id() + "/" + question.id()), chosen, language));
            }
        }
        // Stable sort: equal facilities keep the order of the course.
        items.sort(Comparator.comparing(ItemAnalysis.Item::facility, Comparator.nullsLast(Comparator.naturalOrder())));
        return new ItemAnalysis(version.courseId(), version.number(), language, minimumAttempts,
                ItemAnalysis.METHOD, items);
    }

    private ItemAnalysis.Item item(CourseContent.ModuleContent module, CourseContent.QuestionContent question,
                                   ItemAnalysisQueries.QuestionSums sums, Map<String, Long> chosen, String language) {
        long attempts = sums == null ? 0 : sums.attempts();
        long correct = sums == null ? 0 : sums.correct();
        Discrimination discrimination = sums == null ? Discrimination.of(0, 0, 0, 0, 0, minimumAttempts)
                : Discrimination.of(attempts, correct, sums.sumRest(), sums.sumRestSquared(),
                sums.sumRestWhenCorrect(), minimumAttempts);
        List<ItemAnalysis.Option> options = question.options().stream().map(o -> {
            long count = chosen.getOrDefault(module.id() + "/" + question.id() + "/" + o.id(), 0L);
            return new ItemAnalysis.Option(o.id(), o.text().in(language), o.correct(), count,
                    percent(count, attempts));
        }).toList();
        Double facility = percent(correct, attempts);
        return new ItemAnalysis.Item(module.id(), module.title().in(language), question.id(),
                question.type().fileName(), question.paragraph(), in(question.scenario(), language),
                question.text().in(language), attempts, correct, sums == null ? 0 : sums.unanswered(),
                facility, discrimination.value(), discrimination.reason(), options,
                flags(attempts, correct, discrimination.value()));
    }

    /**
     * Flags from {@code minimumAttempts} attempts on, like discrimination: below that one lucky cohort would flag
     * every item. Facility is compared on the exact counts, not on the rounded percentage.
     */
    List<ItemAnalysis.Flag> flags(long attempts, long correct, Double discrimination) {
        List<ItemAnalysis.Flag> flags = new ArrayList<>();
        if (attempts >= minimumAttempts && attempts > 0 && correct * 100 > 95 * attempts) {
            flags.add(ItemAnalysis.Flag.TOO_EASY);
        }
        if (discrimination != null && discrimination < LOW_DISCRIMINATION) {
            flags.add(ItemAnalysis.Flag.LOW_DISCRIMINATION);
        }
        return List.copyOf(flags);
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Discrimination.round(100.0 * part / whole, 1);
    }

    private static String in(Text text, String language) {
        return text == null ? null : text.in(language);
    }
}
