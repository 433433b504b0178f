package org.cthb.readiness.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The modules a platform can link to: those of every published course's current version. */
@ApplicationScoped
public class ModuleCatalogue {

    @Inject
    CourseCatalog catalog;

    public record LinkableModule(String courseId, int version, String moduleId, String titleEn, String titleFr,
                                 String firstLesson) {

        public String title(String language) {
            return "fr".equals(language) ? titleFr : titleEn;
        }

        /** Where a launch for this module lands: its first lesson (the dashboard shows the rest). */
        String landing() {
            return firstLesson == null ? "/learn" : "/learn/v/" + version + "/" + moduleId + "/" + firstLesson;
        }
    }

    @Transactional
    public List<LinkableModule> modules() {
        List<LinkableModule> modules = new ArrayList<>();
        for (CourseCatalog.CourseSummary course : catalog.published()) {
            CourseCatalog.Version version = catalog.current(course.id());
            for (CourseContent.ModuleContent m : version.content().modules()) {
                modules.add(new LinkableModule(course.id(), version.number(), m.id(), m.title().en(), m.title().fr(),
                        m.lessons().isEmpty() ? null : m.lessons().get(0).name()));
            }
        }
        return modules;
    }

    Optional<LinkableModule> module(String moduleId) {
        return modules().stream().filter(m -> m.moduleId().equals(moduleId)).findFirst();
    }
}
