package org.cthb.readiness.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.readiness.report.CsvExport;
import org.cthb.readiness.readiness.report.XlsxExport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The readiness list as spreadsheet files, with the filters applied and formula-like cells neutralised. */
@ApplicationScoped
public class ReadinessExports {

    private static final List<String> HEADER = List.of("national_id", "family_name", "given_name", "email", "role",
            "start_date", "status", "recognised");

    @Inject
    ReadinessService readiness;
    @Inject
    AuditLog audit;

    ReadinessReport exported(String iso3, String mission, String date, String status, String role, String search,
                             String sort, String format) {
        ReadinessReport report = readiness.report(iso3, mission, date, status, role, search, sort);
        audit.record("READINESS_EXPORTED", "readiness", mission + "@" + report.date(), report.nation(),
                format + ", " + report.people().size() + " people");
        return report;
    }

    void csv(ReadinessReport report, OutputStream out) throws IOException {
        CsvExport.write(HEADER, rows(report), out);
    }

    void xlsx(ReadinessReport report, OutputStream out) throws IOException {
        XlsxExport.write("Readiness", HEADER, rows(report), out);
    }

    private static List<List<String>> rows(ReadinessReport report) {
        return report.people().stream().map(p -> List.of(p.nationalId(), p.familyName(), p.givenName(),
                p.email() == null ? "" : p.email(), p.role(), p.startDate().toString(), p.status().name(),
                p.recognisedText())).toList();
    }
}
