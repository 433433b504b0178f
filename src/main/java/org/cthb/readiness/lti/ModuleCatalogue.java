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
 * because a launch lands on the learner's dashboard and lessons, which serve that one course. A nation's own
 * modules are offered to that nation's platforms only.
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

    /** The course's own modules, those every platform is offered. */
    @Transactional
    public List<LinkableModule> modules() {
        return modules((String) null);
    }

    /**
     * The modules a platform may link to: the course's own, and a nation's own modules (merged from its overlay)
     * only for a platform registered for that nation; a platform whose learners' nation comes from a claim (several
     * nations) is offered the course's own modules only.
     */
    @Transactional
    public List<LinkableModule> modules(LtiPlatform platform) {
        return modules(platform == null ? null : platform.nationIso3);
    }

    @Transactional
    public List<LinkableModule> modules(String platformNation) {
        List<LinkableModule> modules = new ArrayList<>();
        if (catalog.published().stream().noneMatch(course -> course.id().equals(courseId))) {
            return modules;
        }
        CourseCatalog.Version version = catalog.current(courseId);
        for (CourseContent.ModuleContent m : version.content().modules()) {
            if (!m.shownTo(platformNation)) {
                continue;
            }
            modules.add(new LinkableModule(courseId, version.number(), m.id(), m.title().en(), m.title().fr(),
                    m.lessons().isEmpty() ? null : m.lessons().get(0).name()));
        }
        return modules;
    }

    Optional<LinkableModule> module(String moduleId, LtiPlatform platform) {
        return modules(platform).stream().filter(m -> m.moduleId().equals(moduleId)).findFirst();
    }
}
