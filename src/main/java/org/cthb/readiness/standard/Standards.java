package org.cthb.readiness.standard;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.error.Conflict;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.security.NationScope;
import org.cthb.readiness.standard.rules.Baseline;
import org.cthb.readiness.standard.rules.DeploymentRole;
import org.cthb.readiness.standard.rules.Overlay;
import org.cthb.readiness.standard.rules.Requirement;
import org.cthb.readiness.standard.rules.StandardRules;
import org.cthb.readiness.standard.rules.Weakening;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The stored minimum standards: reads the current baseline and overlays, saves new versions (refusing an overlay
 * that weakens the baseline and an edit based on a version someone else has replaced), and answers what applies
 * to a learner or a nation's deployments.
 */
@ApplicationScoped
public class Standards {

    private static final Logger LOG = Logger.getLogger(Standards.class);

    /** A nation's standard: the baseline, the nation's overlay if any, and what each role must meet under both. */
    public record NationStandard(String nation, Version baseline, Version overlay,
                                 Map<DeploymentRole, Requirement> effective) {
    }

    /** A stored version of the baseline or of an overlay, as the API and pages show it. */
    public record Version(String scope, int version, Instant createdAt, String createdBy, String note,
                          JsonNode roles) {
    }

    /** What one learner must meet, and the versions that said so (the overlay's is null without an overlay). */
    public record Applied(String name, int baselineVersion, Integer overlayVersion, Set<DeploymentRole> roles,
                          Requirement requirement, String nation) {
    }

    static final String BASELINE_NAME = "NATO CTHB baseline";
    static final int MAX_VALIDITY_MONTHS = 120;
    static final int MAX_GRACE_DAYS = 365;

    @ConfigProperty(name = "cthb.learning.course", defaultValue = "cthb-predeployment")
    String courseId;
    // The first baseline's values, used once when no baseline is stored yet; ADMIN edits it from then on.
    @ConfigProperty(name = "cthb.standard.seed.validity-months", defaultValue = "24")
    int seedValidityMonths;
    @ConfigProperty(name = "cthb.standard.seed.in-processing-allowed", defaultValue = "true")
    boolean seedInProcessing;
    @ConfigProperty(name = "cthb.standard.seed.grace-days", defaultValue = "14")
    int seedGraceDays;
    @Inject
    CourseCatalog catalog;
    @Inject
    AuditLog audit;
    @Inject
    NationScope scope;
    @Inject
    StandardCache cache;

    @Transactional
    public Version baseline() {
        return view(latestBaseline());
    }

    /** A baseline version, as certificates name it; 404 for one never saved. */
    @Transactional
    public Version baselineVersion(int versionNo) {
        latestBaseline();
        return MinimumStandard.version(MinimumStandard.NATO, versionNo).map(Standards::view)
                .orElseThrow(() -> new NotFound("No version " + versionNo + " of the NATO baseline"));
    }

    @Transactional
    public List<Version> baselineHistory() {
        latestBaseline();
        return MinimumStandard.history(MinimumStandard.NATO).stream().map(Standards::view).toList();
    }

    /** The nation's standard, for its own officers and administrators (another nation's answers 404). */
    @Transactional
    public NationStandard ofNation(String iso3) {
        String nation = scope.require(iso3);
        return new NationStandard(nation, view(latestBaseline()),
                MinimumStandard.latest(nation).map(Standards::view).orElse(null), effective(nation));
    }

    @Transactional
    public List<Version> overlayHistory(String iso3) {
        return MinimumStandard.history(scope.require(iso3)).stream().map(Standards::view).toList();
    }

    /** What each role of the nation must meet today: the baseline tightened by the nation's overlay (none if null). */
    @Transactional
    public Map<DeploymentRole, Requirement> effective(String nation) {
        Baseline baseline = cachedBaseline().baseline();
        Overlay overlay = overlayRules(nation);
        Map<DeploymentRole, Requirement> effective = new EnumMap<>(DeploymentRole.class);
        for (DeploymentRole role : DeploymentRole.values()) {
            effective.put(role, StandardRules.effective(baseline, overlay, role));
        }
        return effective;
    }

    /** Nations that have an overlay; every other nation follows the baseline as it is. */
    @Transactional
    public Set<String> nationsWithOverlay() {
        return new TreeSet<>(MinimumStandard.getEntityManager().createQuery(
                "select distinct s.scope from MinimumStandard s where s.scope <> ?1", String.class)
                .setParameter(1, MinimumStandard.NATO).getResultList());
    }

    /** What the account's learner must meet: every role they deploy in, for their nation, the strictest wins. */
    @Transactional
    public Applied forAccount(long accountId) {
        LearnerProfile learner = LearnerProfile.of(accountId);
        StandardCache.Latest base = cachedBaseline();
        Optional<StandardCache.Latest> overlay = learner.nation() == null ? Optional.empty()
                : cache.latest(learner.nation());
        Overlay rules = overlay.map(StandardCache.Latest::overlay).orElse(new Overlay(learner.nation(), Map.of()));
        Requirement combined = null;
        for (DeploymentRole role : learner.roles()) {
            combined = stricter(combined, StandardRules.effective(base.baseline(), rules, role));
        }
        String name = overlay.map(o -> BASELINE_NAME + " with " + o.scope() + " overlay " + o.versionNo())
                .orElse(BASELINE_NAME);
        return new Applied(name, base.versionNo(), overlay.map(StandardCache.Latest::versionNo).orElse(null),
                learner.roles(), combined, learner.nation());
    }

    /** The newest baseline from the cache ({@link StandardCache}); stored first if none is yet. */
    private StandardCache.Latest cachedBaseline() {
        return cache.latest(MinimumStandard.NATO).orElseGet(() -> StandardCache.Latest.of(latestBaseline()));
    }

    /** Saves the next baseline version; {@code basedOn} is the version the editor started from. */
    @Transactional
    public Version saveBaseline(int basedOn, JsonNode roles, String note, String by) {
        MinimumStandard current = latestBaseline();
        requireUnchanged("The baseline", current, basedOn);
        Baseline baseline = StandardCodec.baseline(roles);
        baseline.roles().forEach((role, r) -> requireKnownModules("roles." + role + ".modules", r.modules(), null));
        baseline.roles().forEach((role, r) -> requireWithinLimits("roles." + role, r));
        MinimumStandard saved = store(MinimumStandard.NATO, current.versionNo + 1,
                StandardCodec.tree(baseline).toString(), note, by);
        audit.record("STANDARD_CHANGED", "standard", "NATO baseline v" + saved.versionNo, null,
                describe(note));
        return view(saved);
    }

    /** Saves the nation's next overlay version, refusing it with every weakening named when it weakens the baseline. */
    @Transactional
    public Version saveOverlay(String iso3, int basedOn, JsonNode roles, String note, String by) {
        String nation = scope.require(iso3);
        Optional<MinimumStandard> current = MinimumStandard.latest(nation);
        requireUnchanged("The " + nation + " overlay", current.orElse(null), basedOn);
        Overlay overlay = StandardCodec.overlay(nation, roles);
        List<Weakening> weakenings = StandardRules.check(baselineRules(latestBaseline()), overlay);
        if (!weakenings.isEmpty()) {
            Weakening first = weakenings.get(0);
            throw new InvalidInput("roles." + first.role() + "." + field(first.aspect()),
                    "This overlay would weaken the NATO baseline: " + weakenings.stream().map(Weakening::message)
                            .collect(Collectors.joining("; ")));
        }
        overlay.roles().forEach((role, r) -> requireKnownModules("roles." + role + ".extraModules",
                r.extraModules(), nation));
        MinimumStandard saved = store(nation, current.map(c -> c.versionNo).orElse(0) + 1,
                StandardCodec.tree(overlay).toString(), note, by);
        audit.record("STANDARD_CHANGED", "standard", nation + " overlay v" + saved.versionNo, nation,
                describe(note));
        return view(saved);
    }

    /**
     * The module ids an editor of the baseline may choose from: the current course version's own modules, in course
     * order (the national modules merged from overlays belong to their nation's standard alone).
     */
    @Transactional
    public List<String> moduleIds() {
        return moduleIds(null);
    }

    /** The module ids a nation's overlay may require: the course's own and the nation's national modules. */
    @Transactional
    public List<String> moduleIds(String nation) {
        return catalog.current(courseId).content().modules().stream().filter(m -> m.shownTo(nation))
                .map(m -> m.id()).toList();
    }

    /** The learner's nation (their person's, else their account's); null when none is known. */
    @Transactional
    public String nationOf(long accountId) {
        return LearnerProfile.nationOf(accountId);
    }

    MinimumStandard latestBaseline() {
        Optional<MinimumStandard> latest = MinimumStandard.latest(MinimumStandard.NATO);
        if (latest.isPresent()) {
            return latest.get();
        }
        seedOnce();
        // A locking read sees the row the seeding transaction (or another instance) committed, whatever the
        // snapshot this transaction already holds.
        return MinimumStandard.latestCommitted(MinimumStandard.NATO)
                .orElseThrow(() -> new IllegalStateException("No NATO baseline could be stored"));
    }

    /** Stores the first baseline at start-up, after the course import, so that requests never race to do it. */
    void seedAtStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        try {
            seedOnce();
        } catch (RuntimeException e) {
            LOG.warnf("No NATO baseline stored at start (it will be on first use): %s", e.getMessage());
        }
    }

    /**
     * Stores the first baseline in a transaction of its own. When another request or instance stores it at the
     * same moment, the unique (scope, version) key keeps one, and that one stands.
     */
    private void seedOnce() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (MinimumStandard.latest(MinimumStandard.NATO).isEmpty()) {
                    seed();
                }
            });
        } catch (RuntimeException e) {
            if (!isDuplicate(e)) {
                throw e;
            }
            LOG.debug("The first NATO baseline was stored by someone else at the same moment");
        }
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException
                    || t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first baseline, read off the course: each role must pass the modules the course marks for it, at the
     * highest quiz pass mark among them, with the configured validity and in-processing window.
     */
    private MinimumStandard seed() {
        CourseCatalog.Version course = catalog.current(courseId);
        Map<DeploymentRole, Requirement> roles = new EnumMap<>(DeploymentRole.class);
        for (DeploymentRole role : DeploymentRole.values()) {
            // A nation's own modules (merged from its overlay) never enter the NATO baseline.
            var modules = course.content().modules().stream().filter(m -> m.nation() == null)
                    .filter(m -> m.roles().contains(role.name())).toList();
            if (!modules.isEmpty() || role == DeploymentRole.ALL_PERSONNEL) {
                int passMark = modules.stream().mapToInt(m -> m.quiz().passMark()).max().orElse(80);
                roles.put(role, new Requirement(modules.stream().map(m -> m.id()).collect(Collectors.toSet()),
                        passMark, seedValidityMonths, seedInProcessing, seedInProcessing ? seedGraceDays : 0));
            }
        }
        return store(MinimumStandard.NATO, 1, StandardCodec.tree(new Baseline(roles)).toString(),
                "First baseline, from course " + courseId + " version " + course.number(), "system");
    }

    private MinimumStandard store(String scope, int versionNo, String rules, String note, String by) {
        MinimumStandard row = new MinimumStandard();
        row.scope = scope;
        row.versionNo = versionNo;
        row.rules = rules;
        row.note = note == null || note.isBlank() ? null : note.strip();
        row.createdAt = Instant.now();
        row.createdBy = by;
        row.persist();
        // Flushed now, so that a concurrent save of the same version fails here, inside this request.
        Panache.getEntityManager().flush();
        return row;
    }

    private Overlay overlayRules(String nation) {
        if (nation == null) {
            return new Overlay(null, Map.of());
        }
        return cache.latest(nation).map(StandardCache.Latest::overlay).orElse(new Overlay(nation, Map.of()));
    }

    private static Baseline baselineRules(MinimumStandard row) {
        return StandardCodec.baseline(StandardCodec.read(row.rules));
    }

    /**
     * Refuses modules the course lacks, and a national module (merged from a nation's overlay) anywhere but in its
     * own nation's overlay: the baseline ({@code nation} null) and other nations may not require it.
     */
    private void requireKnownModules(String field, Set<String> modules, String nation) {
        var content = catalog.current(courseId).content();
        Set<String> foreign = new TreeSet<>();
        for (String module : modules) {
            content.module(module).filter(m -> !m.shownTo(nation)).ifPresent(m -> foreign.add(m.id()));
        }
        if (!foreign.isEmpty()) {
            String id = foreign.iterator().next();
            String owner = content.module(id).map(m -> m.nation()).orElse("");
            throw new InvalidInput(field, "module " + String.join(", ", foreign) + " is " + owner
                    + "'s national module (from its overlay): only " + owner + "'s own standard may require it");
        }
        Set<String> unknown = new TreeSet<>(modules);
        List<String> known = moduleIds(nation);
        known.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new InvalidInput(field, "no module " + String.join(", ", unknown) + " in course " + courseId
                    + "; known modules: " + String.join(", ", known));
        }
    }

    /**
     * Ten years of validity and a year of grace at most: beyond that a date overflows (a certificate's expiry was a
     * 500), and no training standard means it.
     */
    private static void requireWithinLimits(String field, Requirement r) {
        if (r.validityMonths() > MAX_VALIDITY_MONTHS) {
            throw new InvalidInput(field + ".validityMonths", field + ".validityMonths must be from 1 to "
                    + MAX_VALIDITY_MONTHS + " months, not " + r.validityMonths());
        }
        if (r.graceDays() > MAX_GRACE_DAYS) {
            throw new InvalidInput(field + ".graceDays", field + ".graceDays must be from 0 to " + MAX_GRACE_DAYS
                    + " days, not " + r.graceDays());
        }
    }

    private static void requireUnchanged(String what, MinimumStandard current, int basedOn) {
        int now = current == null ? 0 : current.versionNo;
        if (now != basedOn) {
            throw new Conflict("basedOn", what + " is at version " + now + (current == null ? ""
                    : ", saved by " + current.createdBy + " at " + current.createdAt) + ", not version " + basedOn
                    + " that you started from: reload it and apply your change again");
        }
    }

    /** The strictest of two requirements: every module of both, the higher mark, the shorter validity and grace. */
    private static Requirement stricter(Requirement a, Requirement b) {
        if (a == null) {
            return b;
        }
        Set<String> modules = new HashSet<>(a.modules());
        modules.addAll(b.modules());
        boolean inProcessing = a.inProcessingAllowed() && b.inProcessingAllowed();
        return new Requirement(modules, Math.max(a.passMark(), b.passMark()),
                Math.min(a.validityMonths(), b.validityMonths()), inProcessing,
                inProcessing ? Math.min(a.graceDays(), b.graceDays()) : 0);
    }

    private static String field(Weakening.Aspect aspect) {
        return switch (aspect) {
            case MODULES -> "droppedModules";
            case PASS_MARK -> "passMark";
            case VALIDITY -> "validityMonths";
            case IN_PROCESSING -> "inProcessingAllowed";
            case GRACE_WINDOW -> "graceDays";
        };
    }

    private static String describe(String note) {
        return note == null || note.isBlank() ? "no note" : note.strip();
    }

    private static Version view(MinimumStandard row) {
        return new Version(row.scope, row.versionNo, row.createdAt, row.createdBy, row.note,
                StandardCodec.read(row.rules));
    }
}
