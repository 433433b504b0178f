package org.cthb.readiness.certificate;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.learning.Dashboard;
import org.cthb.readiness.learning.LearningService;
import org.cthb.readiness.quiz.ModulePassed;
import org.cthb.readiness.standard.Standards;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

/**
 * Issues a certificate, in the grading transaction, when a passed quiz completes every module that the minimum
 * standard asks of the learner (the baseline and their nation's overlay, for every role they deploy in). A pass in
 * a renewal round issues a new certificate; the earlier ones stay as they were.
 */
@ApplicationScoped
public class CertificateIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    LearningService learning;
    @Inject
    Standards standards;
    @Inject
    Holders holders;
    @Inject
    AuditLog audit;
    @Inject
    Event<CertificateIssued> issuedEvents;

    /** The dashboard counts only the current round's passes, so a round completes, and certifies, once. */
    @Transactional
    void onModulePassed(@Observes ModulePassed passed) {
        Dashboard dashboard = learning.dashboard(passed.accountId(), "en");
        boolean complete = !dashboard.modules().isEmpty()
                && dashboard.modules().stream().allMatch(m -> m.status() == Dashboard.Status.PASSED);
        if (complete) {
            issue(passed, dashboard, standards.forAccount(passed.accountId()));
        }
    }

    private void issue(ModulePassed passed, Dashboard dashboard, Standards.Applied standard) {
        Holders.Holder holder = holders.of(passed.accountId());
        Instant now = Instant.now();
        Certificate certificate = new Certificate();
        certificate.number = freshNumber().compact();
        certificate.accountId = passed.accountId();
        certificate.personId = holder.personId();
        certificate.courseVersionId = passed.versionId();
        certificate.holderName = holder.name();
        certificate.nationIso3 = holder.nationIso3();
        certificate.subjectPseudonym = holder.pseudonym();
        certificate.standardName = standard.name();
        certificate.standardVersion = standard.baselineVersion();
        certificate.overlayVersion = standard.overlayVersion();
        certificate.roles = standard.roles().stream().map(Enum::name).collect(Collectors.joining(","));
        certificate.issuedAt = now;
        certificate.issuedOn = LocalDate.ofInstant(now, ZoneOffset.UTC);
        certificate.expiresOn = certificate.issuedOn.plusMonths(standard.requirement().validityMonths());
        certificate.statusListIndex = nextStatusListIndex();
        dashboard.modules().forEach(m -> certificate.modules.put(m.moduleId(), m.bestScore()));
        certificate.persist();
        audit.record("CERTIFICATE_ISSUED", "certificate", certificate.certificateNumber().display(),
                certificate.nationIso3, "course version " + passed.versionId() + ", " + standard.name() + ", baseline v"
                        + standard.baselineVersion() + ", roles " + certificate.roles + ", valid until "
                        + certificate.expiresOn);
        issuedEvents.fire(new CertificateIssued(certificate.id));
    }

    /** 55 random bits make a clash unlikely; the loop (and the unique constraint) make it impossible. */
    private static CertificateNumber freshNumber() {
        CertificateNumber number = CertificateNumber.random();
        while (Certificate.numberTaken(number)) {
            number = CertificateNumber.random();
        }
        return number;
    }

    /**
     * A random unused index, so that an index says nothing about when or how many certificates were issued
     * (Bitstring Status List, section 6.4). The counter row's lock makes concurrent issuances take turns, and its
     * value (how many were issued) sizes the range so that it is never more than half full, which keeps the
     * retries few; the unique constraint is the last guard.
     */
    private static int nextStatusListIndex() {
        var em = Panache.getEntityManager();
        int issued = ((Number) em.createNativeQuery(
                "select next_value from certificate_counter where name = 'status_list_index' for update")
                .getSingleResult()).intValue();
        em.createNativeQuery("update certificate_counter set next_value = next_value + 1 where name = 'status_list_index'")
                .executeUpdate();
        int step = BitstringStatusList.MINIMUM_BITS;
        int range = Math.max(step, (2 * (issued + 1) / step + 1) * step);
        int index = RANDOM.nextInt(range);
        while (Certificate.statusListIndexTaken(index)) {
            index = RANDOM.nextInt(range);
        }
        return index;
    }
}
