package org.cthb.readiness.standard;

import jakarta.ws.rs.core.MultivaluedMap;
import org.cthb.readiness.standard.rules.Baseline;
import org.cthb.readiness.standard.rules.DeploymentRole;
import org.cthb.readiness.standard.rules.Overlay;
import org.cthb.readiness.standard.rules.OverlayRule;
import org.cthb.readiness.standard.rules.Requirement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rows of the standards pages, one per deployment role, with the values a form shows: the stored ones, or
 * after a refused save, what the editor typed, so that nothing typed is lost.
 */
final class StandardViews {

    /** A module the editor can tick. */
    public record ModuleChoice(String id, boolean checked) {
    }

    /** One role of the baseline form. */
    public record BaselineRow(String role, List<ModuleChoice> modules, String passMark, String validityMonths,
                              boolean inProcessingAllowed, String graceDays) {
    }

    /** One role of a nation's page: what applies, and the overlay's own values (blank: as the baseline). */
    public record OverlayRow(String role, Requirement effective, List<ModuleChoice> extraModules, String passMark,
                             String validityMonths, boolean noInProcessing, String graceDays) {
    }

    private StandardViews() {
    }

    static List<BaselineRow> baseline(Standards.Version version, List<String> moduleIds,
                                      MultivaluedMap<String, String> typed) {
        Baseline baseline = StandardCodec.baseline(version.roles());
        Requirement core = baseline.roles().get(DeploymentRole.ALL_PERSONNEL);
        List<BaselineRow> rows = new ArrayList<>();
        for (DeploymentRole role : DeploymentRole.values()) {
            Requirement own = baseline.roles().getOrDefault(role, new Requirement(Set.of(), core.passMark(),
                    core.validityMonths(), core.inProcessingAllowed(), core.graceDays()));
            String p = role.name() + ".";
            if (typed == null) {
                rows.add(new BaselineRow(role.name(), choices(moduleIds, own.modules()), "" + own.passMark(),
                        "" + own.validityMonths(), own.inProcessingAllowed(), "" + own.graceDays()));
            } else {
                rows.add(new BaselineRow(role.name(), choices(moduleIds, ticked(typed, p + "modules")),
                        text(typed, p + "passMark"), text(typed, p + "validityMonths"),
                        "true".equals(typed.getFirst(p + "inProcessingAllowed")), text(typed, p + "graceDays")));
            }
        }
        return rows;
    }

    static List<OverlayRow> overlay(Standards.NationStandard standard, List<String> moduleIds,
                                    MultivaluedMap<String, String> typed) {
        Baseline baseline = StandardCodec.baseline(standard.baseline().roles());
        Overlay overlay = standard.overlay() == null ? new Overlay(standard.nation(), java.util.Map.of())
                : StandardCodec.overlay(standard.nation(), standard.overlay().roles());
        List<OverlayRow> rows = new ArrayList<>();
        for (DeploymentRole role : DeploymentRole.values()) {
            Set<String> required = baseline.requirementFor(role).modules();
            List<String> optional = moduleIds.stream().filter(m -> !required.contains(m)).toList();
            OverlayRule rule = overlay.ruleFor(role);
            String p = role.name() + ".";
            if (typed == null) {
                rows.add(new OverlayRow(role.name(), standard.effective().get(role),
                        choices(optional, rule.extraModules()), blankIfNull(rule.passMark()),
                        blankIfNull(rule.validityMonths()), Boolean.FALSE.equals(rule.inProcessingAllowed()),
                        blankIfNull(rule.graceDays())));
            } else {
                rows.add(new OverlayRow(role.name(), standard.effective().get(role),
                        choices(optional, ticked(typed, p + "extraModules")), text(typed, p + "passMark"),
                        text(typed, p + "validityMonths"), "false".equals(typed.getFirst(p + "inProcessingAllowed")),
                        text(typed, p + "graceDays")));
            }
        }
        return rows;
    }

    private static List<ModuleChoice> choices(List<String> moduleIds, Set<String> checked) {
        return moduleIds.stream().map(m -> new ModuleChoice(m, checked.contains(m))).toList();
    }

    private static Set<String> ticked(MultivaluedMap<String, String> typed, String field) {
        return new TreeSet<>(Objects.requireNonNullElse(typed.get(field), List.of()));
    }

    private static String text(MultivaluedMap<String, String> typed, String field) {
        return Objects.requireNonNullElse(typed.getFirst(field), "");
    }

    private static String blankIfNull(Integer value) {
        return value == null ? "" : value.toString();
    }
}
