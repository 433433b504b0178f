package org.cthb.readiness.course.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every question of the shipped course (and of the refresher) is traceable to the 2023 policy, and the lesson its
 * feedback links to teaches it (issue 18, point 1). For each question, with its lesson being the question's
 * {@code lesson} or else the module's first lesson (where the result page links):
 * <ol>
 * <li>its {@code paragraph} exists in the 2023 policy ({@link PolicyParagraphs}: 1..32 and 25.1..25.8);</li>
 * <li>every paragraph its feedback cites ("p15", "p25.4", "paragraph 15", "paragraphe 26") exists in the policy,
 * in both languages;</li>
 * <li>the feedback of every right option cites a paragraph, and that of at least one right option cites the
 * question's paragraph, in both languages, so the full key shows the authority that supports it (a multiple-choice
 * question's other right options may rest on neighbouring paragraphs);</li>
 * <li>the lesson cites the question's paragraph, in both languages;</li>
 * <li>the lesson "mentions the point": at least half of the question's key terms occur in the English lesson.
 * The key terms are the words of six letters or more (outside a short list of words that carry no point) of the
 * right options, and of the statement itself for a true/false question; words are compared by their first six
 * letters, so "victim" matches "victims" and "report" matches "reporting". Half, not all, because a lesson says a
 * point in its own words; with six-letter stems a lesson on another subject shares few of them.</li>
 * </ol>
 * "Cites the paragraph" counts paragraph 25 and its guiding principles 25.1..25.8 as one family: a lesson that
 * cites p25.4 teaches part of p25, and a question on p25 is supported by a principle it names.
 * Lesson and job-aid citations must exist in the policy too (the keynote is cited as "(keynote)", never as a
 * paragraph).
 */
class PolicyCitationTest {

    static final Path SHIPPED = Path.of("courses/cthb-predeployment");
    static final Path REFRESHER = Path.of("courses/optional/cthb-refresher");
    static final Pattern CITATION = Pattern.compile(
            "(?<![\\w.])(?:p|paragraphs? |paragraphes? |para\\. ?)(\\d+(?:\\.\\d+)?)(?![\\w])");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int STEM = 6;
    private static final Set<String> NO_POINT = Set.of("because", "should", "without", "before", "whether",
            "another", "always", "within", "between", "anyone", "something", "someone", "nothing", "through",
            "person", "people", "policy", "nato's", "possible", "whatever", "unless", "either", "rather", "others",
            "member", "members", "correct", "answer", "statement", "during", "already", "things");

    static final Map<String, String> POLICY = PolicyParagraphs.read();

    @Test
    void thePolicyTextIsReadAsThirtyTwoParagraphsAndEightPrinciples() {
        assertThat(POLICY.keySet().stream().filter(p -> !p.contains("."))).hasSize(32);
        assertThat(POLICY.keySet().stream().filter(p -> p.startsWith("25."))).hasSize(8);
        assertThat(POLICY.get("31")).contains("mandatory training");
        assertThat(POLICY.get("25.4")).contains("Do not interview");
        assertThat(POLICY.get("26")).startsWith("In extremis");
        assertThat(POLICY).doesNotContainKey("33");
    }

    @ParameterizedTest
    @ValueSource(strings = {"courses/cthb-predeployment", "courses/optional/cthb-refresher"})
    void everyQuestionCitesAnExistingParagraphThatItsLessonTeaches(String folder) {
        CourseReader.Result result = CourseReader.read(Path.of(folder));
        assertThat(result.problems()).isEmpty();
        List<String> findings = new ArrayList<>();
        for (CourseContent.ModuleContent module : result.content().modules()) {
            for (CourseContent.LessonContent lesson : module.lessons()) {
                for (String language : List.of("en", "fr")) {
                    for (String cited : citations(lessonText(lesson, language))) {
                        if (!POLICY.containsKey(cited)) {
                            findings.add(module.folder() + "/" + lesson.name() + "." + language
                                    + ".md cites p" + cited + ", which the 2023 policy does not have");
                        }
                    }
                }
            }
            if (module.jobAid() != null) {
                for (String language : List.of("en", "fr")) {
                    citations(module.jobAid().in(language).markdown()).stream().filter(c -> !POLICY.containsKey(c))
                            .forEach(c -> findings.add(module.folder() + "/" + module.jobAid().name() + "."
                                    + language + ".md cites p" + c + ", which the 2023 policy does not have"));
                }
            }
            for (CourseContent.QuestionContent question : module.quiz().questions()) {
                findings.addAll(check(module, question));
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void aLessonOnAnotherSubjectDoesNotMentionThePoint() {
        // the rule must be able to fail: module 01's first question asked against module 09's procurement lesson
        CourseContent content = CourseReader.read(SHIPPED).content();
        CourseContent.QuestionContent q = content.modules().get(0).quiz().questions().get(0);
        CourseContent.LessonContent procurement = content.modules().get(8).lessons().get(0);
        assertThat(mentions(procurement, q)).isFalse();
        assertThat(mentions(content.modules().get(0).lesson(lessonOf(content.modules().get(0), q)).orElseThrow(), q))
                .isTrue();
    }

    static List<String> check(CourseContent.ModuleContent module, CourseContent.QuestionContent question) {
        List<String> findings = new ArrayList<>();
        String where = module.folder() + "/" + module.quiz().file() + " " + question.id() + ": ";
        if (!POLICY.containsKey(question.paragraph())) {
            findings.add(where + "paragraph " + question.paragraph() + " is not a paragraph of the 2023 policy");
            return findings;
        }
        for (CourseContent.OptionContent option : question.options()) {
            for (String language : List.of("en", "fr")) {
                Set<String> cited = citations(option.feedback().in(language));
                cited.stream().filter(c -> !POLICY.containsKey(c)).forEach(c -> findings.add(where + "option "
                        + option.id() + " (" + language + ") cites p" + c + ", not a paragraph of the 2023 policy"));
                if (option.correct() && cited.isEmpty()) {
                    findings.add(where + "right option " + option.id() + " (" + language + ") cites no paragraph");
                }
            }
        }
        for (String language : List.of("en", "fr")) {
            if (question.options().stream().filter(CourseContent.OptionContent::correct)
                    .flatMap(o -> citations(o.feedback().in(language)).stream())
                    .noneMatch(c -> sameFamily(c, question.paragraph()))) {
                findings.add(where + "no right option's feedback (" + language + ") cites p" + question.paragraph());
            }
        }
        String lessonName = lessonOf(module, question);
        CourseContent.LessonContent lesson = module.lesson(lessonName).orElseThrow();
        for (String language : List.of("en", "fr")) {
            if (citations(lessonText(lesson, language)).stream()
                    .noneMatch(c -> sameFamily(c, question.paragraph()))) {
                findings.add(where + "lesson " + lessonName + " (" + language + ") does not cite p"
                        + question.paragraph());
            }
        }
        if (!mentions(lesson, question)) {
            Set<String> lessonStems = stems(lessonText(lesson, "en"));
            findings.add(where + "lesson " + lessonName + " does not mention the point: missing "
                    + keyTerms(question).stream().filter(t -> !lessonStems.contains(t)).toList() + " of "
                    + keyTerms(question) + "; lessons that cite it and mention it: " + module.lessons().stream()
                    .filter(l -> mentions(l, question) && citations(lessonText(l, "en")).stream()
                            .anyMatch(c -> sameFamily(c, question.paragraph())))
                    .map(CourseContent.LessonContent::name).toList());
        }
        return findings;
    }

    static String lessonOf(CourseContent.ModuleContent module, CourseContent.QuestionContent question) {
        return question.lesson() != null ? question.lesson() : module.lessons().get(0).name();
    }

    static boolean mentions(CourseContent.LessonContent lesson, CourseContent.QuestionContent question) {
        Set<String> terms = keyTerms(question);
        Set<String> lessonStems = stems(lessonText(lesson, "en"));
        long found = terms.stream().filter(lessonStems::contains).count();
        return !terms.isEmpty() && found * 2 >= terms.size();
    }

    static Set<String> keyTerms(CourseContent.QuestionContent question) {
        Stream<String> texts = question.options().stream().filter(CourseContent.OptionContent::correct)
                .map(o -> o.text().en());
        if (question.type() == QuestionType.TRUEFALSE) {
            texts = Stream.concat(texts, Stream.of(question.text().en()));
        }
        return stems(texts.collect(Collectors.joining(" "))).stream()
                .filter(s -> s.length() >= STEM).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String word = m.group();
            if (!NO_POINT.contains(word)) {
                stems.add(word.length() > STEM ? word.substring(0, STEM) : word);
            }
        }
        return stems;
    }

    /** The lesson's text in one language, with its non-graphic alternative when it has one. */
    static String lessonText(CourseContent.LessonContent lesson, String language) {
        CourseContent.LessonText text = lesson.in(language);
        return text.markdown() + (text.alternative() == null ? "" : "\n" + text.alternative().markdown());
    }

    static Set<String> citations(String text) {
        Set<String> cited = new LinkedHashSet<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            cited.add(m.group(1));
        }
        return cited;
    }

    static boolean sameFamily(String cited, String paragraph) {
        return cited.equals(paragraph) || cited.split("\\.")[0].equals(paragraph.split("\\.")[0])
                && (!cited.contains(".") || !paragraph.contains("."));
    }
}
