package org.cthb.readiness.certificate;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.readiness.ReadinessReport;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The certificates of everyone in a readiness view as one zip of PDFs. What goes in is read in one transaction
 * (in batches, a few small records per person); the PDFs are then made one at a time while the zip streams out,
 * so that 5,000 people need neither 5,000 PDFs in memory nor a long transaction.
 */
@ApplicationScoped
public class CertificateArchive {

    private static final int BATCH = 500;

    @Inject
    CertificateVerification verification;
    @Inject
    Credentials credentials;
    @Inject
    AuditLog audit;

    /** One PDF to make: its entry name and content. */
    public record Entry(String name, CertificatePdf.Data data) {
    }

    /** The latest certificate of each person of the view who has one, in the view's order. */
    @Transactional
    public List<Entry> entries(ReadinessReport report, String language) {
        Locale locale = Locale.forLanguageTag(language);
        List<String> ids = report.people().stream().map(ReadinessReport.PersonReadiness::nationalId).toList();
        Map<String, Long> latest = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                    select p.national_id, c.id from certificate c join person p on p.id = c.person_id
                    where p.nation_iso3 = ?1 and p.national_id in (?2) order by c.issued_at""")
                    .setParameter(1, report.nation()).setParameter(2, batch).getResultList();
            rows.forEach(r -> latest.put((String) r[0], ((Number) r[1]).longValue()));
        }
        Map<Long, Certificate> certificates = new HashMap<>();
        List<Long> wanted = new ArrayList<>(latest.values());
        for (int from = 0; from < wanted.size(); from += BATCH) {
            Certificate.<Certificate>list("id in ?1", wanted.subList(from, Math.min(wanted.size(), from + BATCH)))
                    .forEach(c -> certificates.put(c.id, c));
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Entry> entries = new ArrayList<>();
        for (ReadinessReport.PersonReadiness person : report.people()) {
            Certificate c = certificates.get(latest.get(person.nationalId()));
            if (c == null) {
                continue;
            }
            CertificateView view = verification.view(c, locale);
            entries.add(new Entry(fileName(person, view.number()), new CertificatePdf.Data(view.number(),
                    c.holderName, Objects.requireNonNullElse(view.nationName(), "\u2014"), c.standardName,
                    c.standardVersion, c.issuedOn, c.expiresOn, credentials.verifyUrl(c.certificateNumber()),
                    new CertificatePdf.Standing(view.status(), today, view.revokedOn(), view.revocationReason()))));
        }
        audit.record("CERTIFICATES_EXPORTED", "readiness", report.mission() + "@" + report.date(), report.nation(),
                entries.size() + " certificates of " + report.people().size() + " people, " + language);
        return entries;
    }

    /** Writes the zip, making each PDF just before it goes out. */
    public static void write(List<Entry> entries, String language, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                zip.write(CertificatePdf.render(entry.data(), language));
                zip.closeEntry();
            }
        }
    }

    /** "Family-Given-NUMBER.pdf", with nothing a file system or an unzip tool would misread. */
    static String fileName(ReadinessReport.PersonReadiness person, String number) {
        String name = (person.familyName() + "-" + person.givenName()).replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "")
                .replaceAll("\\s+", "_").replaceAll("^[.]+", "");
        return (name.isEmpty() ? "" : name + "-") + number + ".pdf";
    }
}
