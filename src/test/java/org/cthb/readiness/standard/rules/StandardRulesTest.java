package org.cthb.readiness.standard.rules;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.cthb.readiness.standard.rules.DeploymentRole.ALL_PERSONNEL;
import static org.cthb.readiness.standard.rules.DeploymentRole.COMMANDER;
import static org.cthb.readiness.standard.rules.DeploymentRole.MILITARY_POLICE;
import static org.cthb.readiness.standard.rules.DeploymentRole.PROCUREMENT;
import static org.cthb.readiness.standard.rules.DeploymentRole.TRAINER;

/** The baseline can be tightened by a nation but never weakened, and a role always needs the core modules. */
class StandardRulesTest {

    static final Baseline BASELINE = new Baseline(Map.of(
            ALL_PERSONNEL, new Requirement(Set.of("basics", "indicators", "reporting"), 80, 24, true, 14),
            COMMANDER, new Requirement(Set.of("command-responsibility"), 80, 24, false, 0),
            PROCUREMENT, new Requirement(Set.of("supply-chains"), 85, 12, true, 7)));

    static OverlayRule rule(Integer passMark, Integer validity, Boolean inProcessing, Integer grace) {
        return new OverlayRule(Set.of(), Set.of(), passMark, validity, inProcessing, grace);
    }

    static Overlay overlay(DeploymentRole role, OverlayRule rule) {
        return new Overlay("FRA", Map.of(role, rule));
    }

    @Test
    void overlayThatOnlyTightensHasNoWeakenings() {
        Overlay overlay = new Overlay("FRA", Map.of(
                ALL_PERSONNEL, new OverlayRule(Set.of("national-law"), Set.of(), 90, 12, false, 7),
                COMMANDER, rule(80, 24, false, 0)));
        assertThat(StandardRules.check(BASELINE, overlay)).isEmpty();
    }

    @Test
    void lowerPassMarkIsAWeakening() {
        assertThat(StandardRules.check(BASELINE, overlay(COMMANDER, rule(70, null, null, null))))
                .containsExactly(new Weakening(COMMANDER, Weakening.Aspect.PASS_MARK,
                        "COMMANDER: pass mark 70 is lower than the baseline's 80"));
    }

    @Test
    void longerValidityIsAWeakening() {
        assertThat(StandardRules.check(BASELINE, overlay(ALL_PERSONNEL, rule(null, 36, null, null))))
                .extracting(Weakening::message)
                .containsExactly("ALL_PERSONNEL: validity of 36 months is longer than the baseline's 24");
    }

    @Test
    void widerGraceWindowIsAWeakening() {
        assertThat(StandardRules.check(BASELINE, overlay(ALL_PERSONNEL, rule(null, null, null, 30))))
                .extracting(Weakening::message)
                .containsExactly("ALL_PERSONNEL: grace window of 30 days is wider than the baseline's 14");
    }

    @Test
    void allowingInProcessingWhereBaselineDoesNotIsAWeakening() {
        assertThat(StandardRules.check(BASELINE, overlay(COMMANDER, rule(null, null, true, null))))
                .extracting(Weakening::aspect, Weakening::message)
                .containsExactly(tuple(Weakening.Aspect.IN_PROCESSING,
                        "COMMANDER: allows theatre in-processing where the baseline does not"));
    }

    @Test
    void droppingACoreModuleIsAWeakeningForAnyRole() {
        OverlayRule drops = new OverlayRule(Set.of(), Set.of("reporting", "not-in-baseline"), null, null, null, null);
        assertThat(StandardRules.check(BASELINE, overlay(TRAINER, drops)))
                .extracting(Weakening::message)
                .containsExactly("TRAINER: drops module 'reporting' that the baseline requires");
    }

    @Test
    void roleWithoutItsOwnBaselineIsHeldToTheCore() {
        assertThat(StandardRules.check(BASELINE, overlay(MILITARY_POLICE, rule(75, 30, null, null))))
                .extracting(Weakening::message)
                .containsExactly("MILITARY_POLICE: pass mark 75 is lower than the baseline's 80",
                        "MILITARY_POLICE: validity of 30 months is longer than the baseline's 24");
    }

    @Test
    void roleIsHeldToTheStricterOfCoreAndOwnBaseline() {
        assertThat(StandardRules.check(BASELINE, overlay(PROCUREMENT, rule(80, 24, null, 14))))
                .extracting(Weakening::message)
                .containsExactly("PROCUREMENT: pass mark 80 is lower than the baseline's 85",
                        "PROCUREMENT: validity of 24 months is longer than the baseline's 12",
                        "PROCUREMENT: grace window of 14 days is wider than the baseline's 7");
    }

    @Test
    void weakeningsOfSeveralRolesComeInRoleOrder() {
        Overlay overlay = new Overlay("FRA", Map.of(TRAINER, rule(50, null, null, null),
                ALL_PERSONNEL, rule(null, null, null, 15)));
        assertThat(StandardRules.check(BASELINE, overlay)).extracting(Weakening::role)
                .containsExactly(ALL_PERSONNEL, TRAINER);
    }

    @Test
    void effectiveRequirementCombinesCoreRoleAndOverlayStrictestFirst() {
        Overlay overlay = new Overlay("FRA", Map.of(
                ALL_PERSONNEL, new OverlayRule(Set.of("national-law"), Set.of(), 90, null, null, 10),
                PROCUREMENT, new OverlayRule(Set.of("national-procurement"), Set.of(), null, 6, null, 14)));
        Requirement effective = StandardRules.effective(BASELINE, overlay, PROCUREMENT);
        assertThat(effective.modules()).containsExactlyInAnyOrder("basics", "indicators", "reporting",
                "supply-chains", "national-law", "national-procurement");
        assertThat(effective.passMark()).isEqualTo(90);
        assertThat(effective.validityMonths()).isEqualTo(6);
        assertThat(effective.inProcessingAllowed()).isTrue();
        assertThat(effective.graceDays()).isEqualTo(7);
    }

    @Test
    void effectiveRequirementIgnoresWhatWouldWeakenTheBaseline() {
        OverlayRule weak = new OverlayRule(Set.of(), Set.of("reporting"), 50, 48, true, 60);
        Requirement effective = StandardRules.effective(BASELINE, overlay(COMMANDER, weak), COMMANDER);
        assertThat(effective).isEqualTo(new Requirement(
                Set.of("basics", "indicators", "reporting", "command-responsibility"), 80, 24, false, 0));
    }

    @Test
    void effectiveCoreRequirementIgnoresOtherRolesOverlays() {
        Requirement effective = StandardRules.effective(BASELINE, overlay(COMMANDER, rule(95, 6, false, 0)),
                ALL_PERSONNEL);
        assertThat(effective).isEqualTo(new Requirement(Set.of("basics", "indicators", "reporting"), 80, 24, true, 14));
    }

    @Test
    void noInProcessingMeansNoGraceWindow() {
        Requirement effective = StandardRules.effective(BASELINE, overlay(TRAINER, rule(null, null, false, null)),
                TRAINER);
        assertThat(effective.inProcessingAllowed()).isFalse();
        assertThat(effective.graceDays()).isZero();
    }

    @Test
    void rolesAreReadFromNamesLabelsAndAliases() {
        assertThat(DeploymentRole.parse("ALL_PERSONNEL")).contains(ALL_PERSONNEL);
        assertThat(DeploymentRole.parse("all_personnel")).contains(ALL_PERSONNEL);
        assertThat(DeploymentRole.parse(" All  Personnel ")).contains(ALL_PERSONNEL);
        assertThat(DeploymentRole.parse("Gendarmerie")).contains(MILITARY_POLICE);
        assertThat(DeploymentRole.parse("military police")).contains(MILITARY_POLICE);
        assertThat(DeploymentRole.parse("contracting officer")).contains(PROCUREMENT);
        assertThat(DeploymentRole.parse("trainer")).contains(TRAINER);
        assertThat(DeploymentRole.parse("pilot")).isEmpty();
        assertThat(DeploymentRole.parse(null)).isEmpty();
    }

    @Test
    void impossibleValuesAreRejected() {
        assertThatThrownBy(() -> new Requirement(Set.of(), 120, 24, true, 0))
                .hasMessage("pass mark must be between 0 and 100, not 120");
        assertThatThrownBy(() -> rule(null, 0, null, null)).hasMessage("validity must be at least one month, not 0");
        assertThatThrownBy(() -> new Baseline(Map.of(COMMANDER, new Requirement(Set.of(), 80, 24, true, 0))))
                .hasMessage("a baseline must state the ALL_PERSONNEL requirement");
    }
}
