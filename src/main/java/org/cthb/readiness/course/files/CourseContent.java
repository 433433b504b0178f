package org.cthb.readiness.course.files;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a course version holds, exactly as its files say: what is hashed, stored, rendered and exported.
 *
 * @param assets images the lessons show, by path relative to the course folder, Base64-encoded
 */
public record CourseContent(String id, Text title, Text description, List<ModuleContent> modules,
                            Map<String, String> assets) {

    public Optional<ModuleContent> module(String moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    /**
     * How far the course is translated into each language beyond English and French: for every language any text
     * or lesson file uses, the texts and lessons written in it out of all of them. English and French are always
     * complete (the validator refuses a course without them), and are listed as such.
     */
    @JsonIgnore
    public Map<String, Translation> translations() {
        return Translation.of(this);
    }

    /**
     * The course without the national modules merged into it from overlays: what an export writes, a draft starts
     * from and a course import replaces (the overlays' modules are carried over by the import, never edited as
     * course files).
     */
    public CourseContent withoutNationalModules() {
        return new CourseContent(id, title, description, modules.stream().filter(m -> m.nation() == null).toList(),
                assets.entrySet().stream().filter(e -> !e.getKey().startsWith(OVERLAY_FOLDER))
                        .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
                                Map.Entry::getValue)));
    }

    /** The national modules merged into this content, with their images. */
    public CourseContent withNationalModulesOf(CourseContent other) {
        java.util.List<ModuleContent> merged = new java.util.ArrayList<>(modules);
        other.modules().stream().filter(m -> m.nation() != null).forEach(merged::add);
        Map<String, String> images = new java.util.TreeMap<>(assets);
        other.assets().forEach((path, data) -> {
            if (path.startsWith(OVERLAY_FOLDER)) {
                images.put(path, data);
            }
        });
        return new CourseContent(id, title, description, List.copyOf(merged),
                java.util.Collections.unmodifiableMap(images));
    }

    /**
     * This content with one nation's overlay in place of the modules it brought before: each module marked with the
     * nation and moved under {@code overlays/<ISO3>/} (so its folder and images never collide with the course's),
     * after the course's own modules, the nations in alphabetical order (so that importing the same overlays again,
     * in any order, gives the same content and so no new version).
     */
    public CourseContent withOverlay(String nation, List<ModuleContent> overlayModules, Map<String, String> overlayAssets) {
        String prefix = OVERLAY_FOLDER + nation + "/";
        java.util.List<ModuleContent> merged = new java.util.ArrayList<>(
                modules.stream().filter(m -> !nation.equals(m.nation())).toList());
        overlayModules.forEach(m -> merged.add(m.asNational(nation, prefix + m.folder())));
        // A stable sort: the course's own modules first, in course order; each nation's in its overlay's order.
        merged.sort(java.util.Comparator.comparing((ModuleContent m) -> m.nation() == null ? "" : m.nation()));
        Map<String, String> images = new java.util.TreeMap<>();
        assets.forEach((path, data) -> {
            if (!path.startsWith(prefix)) {
                images.put(path, data);
            }
        });
        overlayAssets.forEach((path, data) -> images.put(prefix + path, data));
        return new CourseContent(id, title, description, List.copyOf(merged),
                java.util.Collections.unmodifiableMap(images));
    }

    /** Where overlay modules' folders (and so their images) live inside a merged course version. */
    public static final String OVERLAY_FOLDER = "overlays/";

    /**
     * A module: its lessons in order and its quiz.
     *
     * @param nation the ISO 3166 alpha-3 code of the nation whose overlay brought the module (its national law), or
     *               null for the course's own modules; left out of the canonical JSON when null, so a course without
     *               overlays keeps its content hash
     */
    public record ModuleContent(String folder, String id, Text title, Text summary, List<String> roles,
                                List<LessonContent> lessons, QuizContent quiz,
                                @JsonInclude(JsonInclude.Include.NON_NULL) JobAid jobAid,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String nation) {

        /** A course's own module (no nation). */
        public ModuleContent(String folder, String id, Text title, Text summary, List<String> roles,
                             List<LessonContent> lessons, QuizContent quiz, JobAid jobAid) {
            this(folder, id, title, summary, roles, lessons, quiz, jobAid, null);
        }

        /** The same module as a nation's, under another folder. */
        public ModuleContent asNational(String iso3, String newFolder) {
            return new ModuleContent(newFolder, id, title, summary, roles, lessons, quiz, jobAid, iso3);
        }

        /** Whether a learner of this nation (null: none known) may see the module: every course module, and a
         * national module only for its own nation. */
        public boolean shownTo(String learnerNation) {
            return nation == null || nation.equals(learnerNation);
        }

        /** A module without a job aid (core modules); the canonical JSON of such a module is unchanged. */
        public ModuleContent(String folder, String id, Text title, Text summary, List<String> roles,
                             List<LessonContent> lessons, QuizContent quiz) {
            this(folder, id, title, summary, roles, lessons, quiz, null, null);
        }

        public Optional<LessonContent> lesson(String name) {
            return lessons.stream().filter(l -> l.name().equals(name)).findFirst();
        }

        @JsonIgnore
        public boolean isCore() {
            return roles.contains("ALL_PERSONNEL");
        }
    }

    /**
     * A role module's one-page job aid (indicators, do, don't, how to report), in both languages; {@code name} is the
     * base name of its files ({@code <name>.en.md}, {@code <name>.fr.md}). Rendered as PDF by the job-aid download.
     */
    public record JobAid(String name, JobAidText en, JobAidText fr) {

        public JobAidText in(String language) {
            return "fr".equals(language) ? fr : en;
        }
    }

    /** One language of a job aid: its title and its Markdown body (four "## " sections of bullet points). */
    public record JobAidText(String title, String markdown) {
    }

    /**
     * A lesson in both languages, and in any other language whose {@code *.xx.md} file the module has.
     *
     * @param others the lesson in further languages, by two-letter code; left out of the canonical JSON when empty
     */
    public record LessonContent(String name, LessonText en, LessonText fr,
                                @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, LessonText> others) {

        public LessonContent {
            others = others == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(others));
        }

        public LessonContent(String name, LessonText en, LessonText fr) {
            this(name, en, fr, Map.of());
        }

        /** The lesson in a language; the English one when the course has no file in it. */
        public LessonText in(String language) {
            if ("fr".equals(language)) {
                return fr;
            }
            return "en".equals(language) || language == null ? en : others.getOrDefault(language, en);
        }
    }

    /** One language of a lesson: its front matter, its Markdown and, when sensitive, its alternative. */
    public record LessonText(String title, int minutes, boolean sensitive, String contentNote, String alternativePath,
                             String markdown, AlternativeText alternative) {
    }

    /** The non-graphic alternative of a sensitive lesson; completing it counts the same. */
    public record AlternativeText(String title, int minutes, String markdown) {
    }

    /** A module's quiz: a pool of questions of which each attempt draws {@code draw}. */
    public record QuizContent(String file, int draw, int passMark, int attempts, int cooldownMinutes,
                              List<QuestionContent> questions) {

        public Optional<QuestionContent> question(String questionId) {
            return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
        }
    }

    /**
     * A question, the policy paragraph it tests, and its options with feedback. The optional fields are left out of
     * the canonical JSON when unset, so a course that does not use them keeps the content hash it always had.
     *
     * @param graphicOnly   depends on the graphic version of a lesson: never drawn for a learner who chose the
     *                      non-graphic alternative
     * @param contentNote   shown above the question when it touches sensitive material
     * @param teachingPoint what a learner who got it wrong should take away, without naming the right option
     * @param lesson        the module's lesson that teaches it (a lesson name), linked from the feedback
     */
    public record QuestionContent(String id, QuestionType type, String paragraph, Text scenario, Text text,
                                  List<OptionContent> options,
                                  @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean graphicOnly,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Text contentNote,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Text teachingPoint,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String lesson) {

        public QuestionContent(String id, QuestionType type, String paragraph, Text scenario, Text text,
                               List<OptionContent> options) {
            this(id, type, paragraph, scenario, text, options, false, null, null, null);
        }

        /** The same question with other options, keeping every other field. */
        public QuestionContent withOptions(List<OptionContent> newOptions) {
            return new QuestionContent(id, type, paragraph, scenario, text, newOptions, graphicOnly, contentNote,
                    teachingPoint, lesson);
        }

        /**
         * Not {@code isScenario()}: Jackson would take that for the getter of the {@code scenario} component, and its
         * {@code @JsonIgnore} then dropped the scenario text from the JSON (a draft lost every scenario).
         */
        @JsonIgnore
        public boolean askedAsScenario() {
            return type == QuestionType.SCENARIO;
        }
    }

    /**
     * An answer option; its feedback is shown after submission.
     *
     * @param pinned stays last, in file order, when options are shuffled (e.g. "none of these")
     */
    public record OptionContent(String id, boolean correct, Text text, Text feedback,
                                @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean pinned) {

        public OptionContent(String id, boolean correct, Text text, Text feedback) {
            this(id, correct, text, feedback, false);
        }
    }
}
