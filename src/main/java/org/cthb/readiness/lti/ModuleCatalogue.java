package org.cthb.readiness.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The modules a platform can link to: those of the current version of the course learners take here
 * ({@code cthb.learning.course}). Other published courses (a refresher, a draft's test import) are not offered,
 * because a launch lands on the learner's dashboard and lessons, which serve that one course.
 */
@ApplicationScoped
public class ModuleCatalogue {

    @Inject
    CourseCatalog catalog;

    @ConfigProperty(name = "cthb.learning.course", defaultValue = "cthb-predeployment")
    String courseId;

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
        if (catalog.published().stream().noneMatch(course -> course.id().equals(courseId))) {
            return modules;
        }
        CourseCatalog.Version version = catalog.current(courseId);
        for (CourseContent.ModuleContent m : version.content().modules()) {
            modules.add(new LinkableModule(courseId, version.number(), m.id(), m.title().en(), m.title().fr(),
                    m.lessons().isEmpty() ? null : m.lessons().get(0).name()));
        }
        return modules;
    }

    Optional<LinkableModule> module(String moduleId) {
        return modules().stream().filter(m -> m.moduleId().equals(moduleId)).findFirst();
    }
}
