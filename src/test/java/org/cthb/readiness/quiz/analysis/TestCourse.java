package org.cthb.readiness.quiz.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A course folder written file by file in a test, zipped for {@code POST /api/courses/import}. */
public final class TestCourse {

    private final String id;
    private final Map<String, String> files = new LinkedHashMap<>();

    /** A course whose id is the prefix and a random suffix, so that each test owns its course. */
    public TestCourse(String prefix) {
        this(prefix, true);
    }

    /** A course with exactly this id when {@code unique} is false: a new version of a course already imported. */
    public TestCourse(String id, boolean unique) {
        this.id = unique ? id + "-" + UUID.randomUUID().toString().substring(0, 8) : id;
    }

    public String id() {
        return id;
    }

    public TestCourse file(String path, String content) {
        files.put(path, content);
        return this;
    }

    /** A YAML double-quoted scalar: any text, markup included, stays one plain string. */
    public static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** {@code en} and {@code fr} of a text, both quoted. */
    public static String text(String en, String fr) {
        return "{en: " + quoted(en) + ", fr: " + quoted(fr) + "}";
    }

    /** A plain lesson in both languages. */
    public TestCourse lesson(String folder, String name, String title, String body) {
        for (String lang : new String[]{"en", "fr"}) {
            file(folder + "/" + name + "." + lang + ".md", "---\ntitle: " + quoted(title + " " + lang)
                    + "\nminutes: 5\nsensitive: false\n---\n" + body + "\n");
        }
        return this;
    }

    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(id + "/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
