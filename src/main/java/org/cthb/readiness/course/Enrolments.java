package org.cthb.readiness.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.xapi.LearningRecords;

import java.time.Instant;

/**
 * Which version each learner follows: the current one when they start, then theirs for good, so that a newer
 * version never changes the course under someone mid-way.
 */
@ApplicationScoped
public class Enrolments {

    @Inject
    CourseCatalog catalog;
    @Inject
    LearningRecords records;

    /** The learner's version of the course, enrolling them in the current one on first use. */
    @Transactional
    public CourseCatalog.Version versionOf(long accountId, String courseId) {
        return versionOf(accountId, courseId, null);
    }

    /**
     * As {@link #versionOf(long, String)}, but a learner enrolled before {@code newRoundSince} (the start of a
     * renewal round) moves to the current version: renewal trains on today's course, not the one of years ago.
     */
    @Transactional
    public CourseCatalog.Version versionOf(long accountId, String courseId, Instant newRoundSince) {
        Enrolment enrolment = Enrolment.findById(new Enrolment.Key(accountId, courseId));
        if (enrolment != null && newRoundSince != null && enrolment.startedAt.isBefore(newRoundSince)
                && enrolment.versionId != catalog.current(courseId).id()) {
            enrolment.delete();
            enrolment.flush();
            enrolment = null;
        }
        if (enrolment == null) {
            enrolment = new Enrolment();
            enrolment.key = new Enrolment.Key(accountId, courseId);
            enrolment.versionId = catalog.current(courseId).id();
            enrolment.startedAt = Instant.now();
            enrolment.persist();
            CourseCatalog.Version version = catalog.versionById(enrolment.versionId);
            records.record(accountId, LearningRecords.Verb.LAUNCHED, XapiActivities.course(version), courseId,
                    null, null);
        }
        return catalog.versionById(enrolment.versionId);
    }

    /**
     * The learner's version, checked against the one a request names: asking for another version's lesson or
     * quiz is refused as not found, since for this learner it does not exist.
     */
    @Transactional
    public CourseCatalog.Version requireVersion(long accountId, String courseId, int versionNumber) {
        CourseCatalog.Version version = versionOf(accountId, courseId);
        if (version.number() != versionNumber) {
            throw new NotFound("You follow version " + version.number() + " of course " + courseId
                    + ", not version " + versionNumber);
        }
        return version;
    }
}
