package org.cthb.readiness.course.files;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Validates course folders from the command line, without a server:
 * {@code ./mvnw -q compile exec:java -Dexec.args="courses/cthb-predeployment"}. Exits 1 when any problem is found.
 */
public final class CourseCli {

    private CourseCli() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: CourseCli <course folder> [<course folder>...]");
            System.exit(2);
        }
        int problems = 0;
        for (String arg : args) {
            Path folder = Path.of(arg);
            if (!Files.isDirectory(folder)) {
                System.err.println(arg + ": not a folder");
                problems++;
                continue;
            }
            if (Files.isRegularFile(folder.resolve("overlay.yaml"))) {
                // a nation's overlay folder (courses/overlays/<ISO3>), validated like a course's modules
                OverlayReader.Result overlay = OverlayReader.read(folder);
                overlay.problems().forEach(p -> System.out.println(arg + "/" + p));
                overlay.warnings().forEach(w -> System.out.println(arg + "/" + w + " (warning)"));
                problems += overlay.problems().size();
                if (overlay.valid()) {
                    System.out.println(arg + ": valid overlay of " + overlay.nation() + " for " + overlay.courseId()
                            + ", modules " + overlay.modules().stream().map(CourseContent.ModuleContent::id).toList());
                }
                continue;
            }
            CourseReader.Result result = CourseReader.read(folder);
            result.problems().forEach(p -> System.out.println(arg + "/" + p));
            result.warnings().forEach(w -> System.out.println(arg + "/" + w + " (warning)"));
            problems += result.problems().size();
            if (result.valid()) {
                System.out.println(arg + ": valid, content hash " + ContentHash.of(result.content()));
                // Translation completeness per language, so translators see what is left to do.
                result.content().translations().values().forEach(t -> System.out.println(arg + ": translation "
                        + t.summary() + (t.missingLessons().isEmpty() ? "" : ", lessons to translate: "
                        + String.join(", ", t.missingLessons()))));
            }
        }
        System.exit(problems == 0 ? 0 : 1);
    }
}
