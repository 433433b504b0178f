package org.cthb.readiness.standard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cthb.readiness.course.PublicationCheck;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.error.Conflict;
import org.cthb.readiness.standard.rules.Baseline;
import org.cthb.readiness.standard.rules.DeploymentRole;
import org.cthb.readiness.standard.rules.Overlay;
import org.cthb.readiness.web.RefusalMsg;
import org.cthb.readiness.web.Refusals;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Keeps the standards true to the course: a version of the learning course that leaves out a module the NATO
 * baseline or any nation's overlay in force (each scope's latest version) requires is never published, since
 * certificates issued on it would claim a standard its learners never met.
 */
@ApplicationScoped
public class StandardModules implements PublicationCheck {

    @ConfigProperty(name = "cthb.learning.course", defaultValue = "cthb-predeployment")
    String courseId;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void check(CourseContent content) {
        if (!courseId.equals(content.id())) {
            return;
        }
        Set<String> present = content.modules().stream().map(CourseContent.ModuleContent::id)
                .collect(Collectors.toSet());
        // A nation's own modules come from its overlay folder, merged at import, never from the course's files.
        Set<String> national = Set.copyOf(MinimumStandard.getEntityManager().createQuery(
                "select distinct m.key.moduleId from CourseModule m where m.nation is not null", String.class)
                .getResultList());
        Map<String, Map<String, Set<String>>> missing = new TreeMap<>();
        required().forEach((standard, modules) -> modules.forEach((module, roles) -> {
            if (!present.contains(module) && !national.contains(module)) {
                missing.computeIfAbsent(module, m -> new TreeMap<>()).computeIfAbsent(standard, s -> new TreeSet<>())
                        .addAll(roles);
            }
        }));
        if (!missing.isEmpty()) {
            RefusalMsg msg = Refusals.inRequestLanguage();
            String list = missing.entrySet().stream().map(e -> msg.publish_missing_module(e.getKey(),
                    e.getValue().entrySet().stream().map(s -> s.getKey() + " " + s.getValue())
                            .collect(Collectors.joining(", ")))).collect(Collectors.joining("; "));
            throw new Conflict("modules", msg.publish_missing_modules(list));
        }
    }

    /**
     * Per standard in force (named as certificates name it, with its version), the modules it requires and the
     * roles that require them. Nothing before the first baseline is stored: it is read off the course itself.
     */
    Map<String, Map<String, Set<String>>> required() {
        Map<String, Map<String, Set<String>>> required = new TreeMap<>();
        MinimumStandard.latest(MinimumStandard.NATO).ifPresent(row -> {
            Baseline baseline = StandardCodec.baseline(StandardCodec.read(row.rules));
            Map<String, Set<String>> modules = required.computeIfAbsent(
                    Standards.BASELINE_NAME + " v" + row.versionNo, s -> new TreeMap<>());
            baseline.roles().forEach((role, requirement) -> requirement.modules().forEach(module ->
                    modules.computeIfAbsent(module, m -> new TreeSet<>()).add(role.name())));
        });
        for (String nation : overlayScopes()) {
            MinimumStandard.latest(nation).ifPresent(row -> {
                Overlay overlay = StandardCodec.overlay(nation, StandardCodec.read(row.rules));
                Map<String, Set<String>> modules = required.computeIfAbsent(nation + " overlay v" + row.versionNo,
                        s -> new TreeMap<>());
                for (DeploymentRole role : DeploymentRole.values()) {
                    overlay.ruleFor(role).extraModules().forEach(module ->
                            modules.computeIfAbsent(module, m -> new TreeSet<>()).add(role.name()));
                }
            });
        }
        return required;
    }

    private static List<String> overlayScopes() {
        return MinimumStandard.getEntityManager().createQuery(
                "select distinct s.scope from MinimumStandard s where s.scope <> ?1 order by s.scope", String.class)
                .setParameter(1, MinimumStandard.NATO).getResultList();
    }
}
