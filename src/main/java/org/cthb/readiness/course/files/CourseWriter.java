package org.cthb.readiness.course.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes content back to the course file format, as a zip whose root folder is the course id. */
public final class CourseWriter {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private CourseWriter() {
    }

    public static void zip(CourseContent course, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        String root = course.id() + "/";
        put(zip, root + "course.yaml", yaml(CourseFiles.course(course)));
        for (CourseContent.ModuleContent module : course.modules()) {
            String folder = root + module.folder() + "/";
            put(zip, folder + "module.yaml", yaml(CourseFiles.module(module)));
            put(zip, folder + module.quiz().file(), yaml(CourseFiles.quiz(module.quiz())));
            for (CourseContent.LessonContent lesson : module.lessons()) {
                writeLesson(zip, folder, lesson.name() + ".en.md", lesson.en());
                writeLesson(zip, folder, lesson.name() + ".fr.md", lesson.fr());
                for (var other : lesson.others().entrySet()) {
                    writeLesson(zip, folder, lesson.name() + "." + other.getKey() + ".md", other.getValue());
                }
            }
            CourseContent.JobAid aid = module.jobAid();
            if (aid != null) {
                for (String language : java.util.List.of("en", "fr")) {
                    put(zip, folder + aid.name() + "." + language + ".md", "---\n"
                            + yaml(Map.of("title", aid.in(language).title())) + "---\n" + aid.in(language).markdown());
                }
            }
        }
        for (Map.Entry<String, String> asset : course.assets().entrySet()) {
            zip.putNextEntry(new ZipEntry(root + asset.getKey()));
            zip.write(Base64.getDecoder().decode(asset.getValue()));
            zip.closeEntry();
        }
        zip.finish();
    }

    private static void writeLesson(ZipOutputStream zip, String folder, String name, CourseContent.LessonText lesson)
            throws IOException {
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", lesson.title());
        front.put("minutes", lesson.minutes());
        front.put("sensitive", lesson.sensitive());
        if (lesson.contentNote() != null) {
            front.put("contentNote", lesson.contentNote());
        }
        if (lesson.alternativePath() != null) {
            front.put("alternative", lesson.alternativePath());
        }
        put(zip, folder + name, "---\n" + yaml(front) + "---\n" + lesson.markdown());
        CourseContent.AlternativeText alternative = lesson.alternative();
        if (alternative != null) {
            Map<String, Object> altFront = new LinkedHashMap<>();
            altFront.put("title", alternative.title());
            altFront.put("minutes", alternative.minutes());
            altFront.put("sensitive", false);
            put(zip, folder + lesson.alternativePath(), "---\n" + yaml(altFront) + "---\n" + alternative.markdown());
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The quiz file exactly as {@link #zip} writes it, so that a problem's line leads back to its question. */
    public static String quizFile(CourseContent.QuizContent quiz) {
        return yaml(CourseFiles.quiz(quiz));
    }

    static String yaml(Object value) {
        try {
            return YAML.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
