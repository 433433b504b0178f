package org.cthb.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * How cost grows with the data (issue 21, point 6): readiness of contingents of 5k, 50k and 200k persons, roster
 * imports of 10k and 100k rows (and the contingents' own imports), and certificate verification with 10k and 1M
 * certificates in the table. Each is a small table in the report, so that linear or worse growth shows.
 */
final class Growth {

    /** One measured point of a growth table. */
    record Point(String size, String cells) {
    }

    private final Options options;
    private final Http http;
    private final Service service;
    private final DataSet data;
    final List<Point> readiness = new ArrayList<>();
    final List<Point> imports = new ArrayList<>();
    final List<Point> verification = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    Growth(Options options, Http http, Service service, DataSet data) {
        this.options = options;
        this.http = http;
        this.service = service;
        this.data = data;
    }

    void run(Result r) throws Exception {
        int[] contingents = options.quick ? new int[]{1_000, 5_000, 20_000} : new int[]{5_000, 50_000, 200_000};
        int[] importOnly = options.quick ? new int[]{2_000, 10_000} : new int[]{10_000, 100_000};
        long[] certificates = options.quick ? new long[]{10_000, 100_000} : new long[]{10_000, 1_000_000};
        verify(certificates[0]);
        // Partner nations outside the data set and the import scenario's nation: empty before their import.
        List<String> free = data.partnerNations();
        record Job(String iso3, int rows, boolean contingent) {
        }
        List<Job> jobs = new ArrayList<>();
        int next = 0;
        for (int rows : contingents) {
            jobs.add(new Job(free.get(next++), rows, true));
        }
        for (int rows : importOnly) {
            jobs.add(new Job(free.get(next++), rows, false));
        }
        jobs.sort((a, b) -> Integer.compare(a.rows(), b.rows()));
        int firstId = 20_000_000;
        for (Job job : jobs) {
            Path csv = options.work.resolve("growth-" + job.iso3() + ".csv");
            Roster.write(csv, job.iso3(), firstId, job.rows(), job.contingent() ? DataSet.BIG_MISSION : null,
                    job.iso3().hashCode());
            firstId += job.rows();
            data.createAccount(DataSet.officerEmail(job.iso3()), DataSet.OFFICER_PASSWORD, "NATION_OFFICER", job.iso3());
            Http.Session officer = http.signIn(DataSet.officerEmail(job.iso3()), DataSet.OFFICER_PASSWORD);
            data.officers.put(job.iso3(), officer);
            long[] cpu0 = service.cpu();
            double dry = post(r, job.iso3(), csv, true, officer);
            long[] cpu1 = service.cpu();
            double commit = post(r, job.iso3(), csv, false, officer);
            long[] cpu2 = service.cpu();
            imports.add(new Point(String.format("%,d", job.rows()), String.format("%.2f s | %.1f µs | %.2f s | %.1f µs"
                            + " | %.1f µs", dry, dry * 1e6 / job.rows(), commit, commit * 1e6 / job.rows(),
                    ((cpu2[0] - cpu1[0]) + (cpu2[1] - cpu1[1])) * 1000.0 / job.rows())));
            Bench.log(String.format("  import of %,d rows: dry run %.2f s, commit %.2f s", job.rows(), dry, commit));
        }
        List<Job> readinessJobs = jobs.stream().filter(Job::contingent).toList();
        long t = System.nanoTime();
        try (Connection c = DriverManager.getConnection(service.jdbcUrl())) {
            data.bulk(c, readinessJobs.stream().map(Job::iso3).toList());
        }
        notes.add(String.format("The contingents' training state (accounts, attempts, lessons, certificates in the data"
                + " set's proportions) inserted with the data set's set-based SQL in %.0f s", (System.nanoTime() - t) / 1e9));
        for (Job job : readinessJobs) {
            readiness(job.iso3(), job.rows());
        }
        // Last, so that the earlier certificates spread over every certified learner, the contingents' included.
        verify(certificates[1]);
        notes.add(String.format("Verification: `GET /api/certificates/{number}`, anonymous, %d clients in a closed loop,"
                + " %,d look-ups of up to %,d different certificates drawn at random from the whole table",
                options.verifyConcurrency, options.verifyRequests, options.verifyRequests));
        notes.add("Import: each file goes to a partner nation with no persons yet, smallest first, as its nation's"
                + " officer (`POST /api/nations/{iso3}/roster`, text/csv); the contingents' files all deploy to "
                + DataSet.BIG_MISSION + ", the others spread over three missions. CPU is the JVM's and mariadbd's"
                + " during the commit");
        r.requests = 0;
    }

    private double post(Result r, String iso3, Path csv, boolean dry, Http.Session officer) throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> response = http.sendNow(http.request("/api/nations/" + iso3 + "/roster?dryRun=" + dry,
                officer).header("Content-Type", "text/csv; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofFile(csv))
                .build(), officer);
        double seconds = (System.nanoTime() - t) / 1e9;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Import into " + iso3 + " answered " + response.statusCode() + ": "
                    + Http.abbreviate(response.body()));
        }
        return seconds;
    }

    /** The readiness report of one contingent, as the readiness scenario asks it, one officer, after a warm-up. */
    private void readiness(String iso3, int persons) throws Exception {
        Http.Session officer = data.officers.get(iso3);
        String path = "/api/nations/" + iso3 + "/readiness?mission=" + DataSet.BIG_MISSION + "&date=" + LocalDate.now();
        int warmUp = options.quick ? 5 : 20;
        int runs = options.readinessRuns;
        for (int i = 0; i < warmUp; i++) {
            http.expect(http.request(path, officer).build(), officer, 200);
        }
        Latencies l = new Latencies();
        long[] before = service.cpu();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = http.sendNow(http.request(path, officer).build(), officer);
            if (response.statusCode() == 200) {
                l.add(System.nanoTime() - t);
            } else {
                l.error(response.statusCode() + "");
            }
        }
        long[] after = service.cpu();
        JsonNode report = http.expect(http.request(path, officer).build(), officer, 200);
        readiness.add(new Point(String.format("%,d", persons), String.format("%,d | %.1f | %.1f | %.1f | %.1f + %.1f"
                        + " | %.2f", report.path("total").asLong(), l.percentileMs(50), l.percentileMs(95),
                l.percentileMs(99), (double) (after[0] - before[0]) / runs, (double) (after[1] - before[1]) / runs,
                l.percentileMs(50) * 1000 / persons)));
        Bench.log(String.format("  readiness of %,d persons: p50 %.1f ms, p95 %.1f ms", persons, l.percentileMs(50),
                l.percentileMs(95)));
    }

    /** Verification with the table topped up to {@code size} certificates (or as built, when it holds more). */
    private void verify(long size) throws Exception {
        {
            long have;
            try (Connection c = DriverManager.getConnection(service.jdbcUrl())) {
                have = DataSet.single(c, "select count(*) from certificate");
                if (have < size) {
                    long t = System.nanoTime();
                    seedCertificates(c, size - have);
                    notes.add(String.format("%,d certificates seeded directly into the database in %.0f s to reach %,d"
                            + " (see `Growth.seedCertificates`)", size - have, (System.nanoTime() - t) / 1e9, size));
                    have = size;
                }
            }
            List<String> numbers = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(service.jdbcUrl());
                 Statement s = c.createStatement();
                 // A random sample spread over the whole table, not the first rows the cache already holds.
                 ResultSet rs = s.executeQuery("select number from certificate where rand() < " + Math.min(1.0,
                         3.0 * options.verifyRequests / have) + " limit " + options.verifyRequests)) {
                while (rs.next()) {
                    numbers.add(rs.getString(1));
                }
            }
            java.util.Collections.shuffle(numbers, new Random(5));
            Latencies l = new Latencies();
            long[] before = service.cpu();
            long start = System.nanoTime();
            int total = options.verifyRequests;
            QuizFlow.closedLoop(total, options.verifyConcurrency, i -> {
                String number = CertificateNumbers.display(numbers.get(i % numbers.size()));
                long t = System.nanoTime();
                HttpResponse<String> response = http.sendNow(http.request("/api/certificates/" + number, null).build(), null);
                if (response.statusCode() == 200) {
                    l.add(System.nanoTime() - t);
                } else {
                    l.error(response.statusCode() + " " + Http.abbreviate(response.body()));
                }
            });
            double wall = (System.nanoTime() - start) / 1e9;
            long[] after = service.cpu();
            verification.add(new Point(String.format("%,d", have), String.format("%,d | %,d | %.1f | %.1f | %.1f | %.0f |"
                            + " %.2f + %.2f", l.count(), l.errors(), l.percentileMs(50), l.percentileMs(95),
                    l.percentileMs(99), l.count() / wall, (double) (after[0] - before[0]) / total,
                    (double) (after[1] - before[1]) / total)));
            Bench.log(String.format("  verification with %,d certificates: p50 %.1f ms, p99 %.1f ms, %.0f/s", have,
                    l.percentileMs(50), l.percentileMs(99), l.count() / wall));
        }
    }

    /**
     * The certificate generator: rows identical in shape to issued ones (a number made as the service makes it,
     * holder name, nation and pseudonym copied from the person as issuance does, the baseline standard, issue and
     * expiry dates, the next status-list index, the modules with their best scores; 3% revoked), inserted with JDBC
     * batches. The certificates belong to the data set's certified learners (the growth contingents' included), as the
     * earlier certificates of people who recertified over the past years: issued 2 to 12 years ago and expired, so the readiness of today does not
     * change. Each insert still fires the readiness trigger, as an issuance does.
     */
    private void seedCertificates(Connection c, long count) throws SQLException {
        long versionId = DataSet.single(c, "select id from course_version where course_id = '" + DataSet.COURSE
                + "' and version_no = " + data.version);
        long lastCertificate = DataSet.single(c, "select coalesce(max(id), 0) from certificate");
        // Past both the counter and every index in use (the service may hand indexes out ahead of its counter row).
        int index = (int) DataSet.single(c, "select greatest((select next_value from certificate_counter where name ="
                + " 'status_list_index'), (select coalesce(max(status_list_index), -1) + 1 from certificate))");
        record Holder(long account, long person, String name, String nation, String pseudonym) {
        }
        List<Holder> holders = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select a.id, p.id, concat(p.given_name,"
                + " ' ', p.family_name), p.nation_iso3, p.pseudonym from account a join person p on p.id = a.person_id"
                + " join certificate c on c.account_id = a.id where c.revoked_at is null group by a.id order by a.id")) {
            while (rs.next()) {
                holders.add(new Holder(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        if (holders.isEmpty()) {
            throw new IllegalStateException("No certified learner to seed earlier certificates for");
        }
        // Seeded by the table so far: the second top-up must not draw the first one's numbers again.
        Random random = new Random(17 + lastCertificate);
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("insert into certificate (number, account_id, person_id,"
                + " course_version_id, holder_name, nation_iso3, subject_pseudonym, standard_name, standard_version,"
                + " issued_at, issued_on, expires_on, status_list_index, revoked_at, revoked_by, revocation_reason)"
                + " values (?,?,?,?,?,?,?,'NATO CTHB baseline',1,?,?,?,?,?,?,?)")) {
            for (long i = 0; i < count; i++) {
                Holder h = holders.get((int) (i % holders.size()));
                LocalDate issued = LocalDate.now().minusDays(730 + random.nextInt(3650));
                boolean revoked = random.nextInt(100) < 3;
                insert.setString(1, CertificateNumbers.random(random));
                insert.setLong(2, h.account());
                insert.setLong(3, h.person());
                insert.setLong(4, versionId);
                insert.setString(5, h.name());
                insert.setString(6, h.nation());
                insert.setString(7, h.pseudonym());
                insert.setTimestamp(8, Timestamp.from(issued.atStartOfDay().toInstant(ZoneOffset.UTC).plus(9, ChronoUnit.HOURS)));
                insert.setDate(9, java.sql.Date.valueOf(issued));
                insert.setDate(10, java.sql.Date.valueOf(issued.plusMonths(24)));
                insert.setInt(11, index++);
                insert.setTimestamp(12, revoked ? Timestamp.from(issued.plusDays(100).atStartOfDay()
                        .toInstant(ZoneOffset.UTC)) : null);
                insert.setString(13, revoked ? DataSet.officerEmail(h.nation()) : null);
                insert.setString(14, revoked ? "Misconduct investigation" : null);
                insert.addBatch();
                if ((i + 1) % 5000 == 0) {
                    insert.executeBatch();
                    c.commit();
                }
                if ((i + 1) % 100_000 == 0) {
                    Bench.log(String.format("  %,d certificates seeded", i + 1));
                }
            }
            insert.executeBatch();
            try (Statement s = c.createStatement()) {
                s.executeUpdate("update certificate_counter set next_value = greatest(next_value, " + index
                        + ") where name = 'status_list_index'");
                s.executeUpdate("insert into certificate_module (certificate_id, module_id, best_score) select c.id,"
                        + " m.module_id, 80 + 20 * (crc32(c.number) % 2) from certificate c join ("
                        + data.coreModules.stream().map(m -> "select '" + m + "' as module_id")
                        .collect(Collectors.joining(" union all ")) + ") m where c.id > " + lastCertificate);
            }
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The three tables, in Markdown. */
    void write(StringBuilder md) {
        md.append("### Growth tables\n\n");
        if (!readiness.isEmpty()) {
            md.append("Readiness of one contingent (all deploying to ").append(DataSet.BIG_MISSION).append("), `GET")
                    .append(" /api/nations/{iso3}/readiness?mission=…&date=today` (counts + first page), one officer, ")
                    .append(options.readinessRuns).append(" requests after a warm-up:\n\n")
                    .append("| Persons | total in report | p50 ms | p95 ms | p99 ms | CPU ms/request (JVM + DB) | p50 µs per person |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            readiness.forEach(p -> md.append("| ").append(p.size()).append(" | ").append(p.cells()).append(" |\n"));
            md.append('\n');
        }
        if (!imports.isEmpty()) {
            md.append("Roster import, one request each, end to end:\n\n")
                    .append("| Rows | dry run | per row | commit | per row | CPU per row (JVM + DB) |\n|---|---|---|---|---|---|\n");
            imports.forEach(p -> md.append("| ").append(p.size()).append(" | ").append(p.cells()).append(" |\n"));
            md.append('\n');
        }
        if (!verification.isEmpty()) {
            md.append("Certificate verification with the certificate table at each size:\n\n")
                    .append("| Certificates | look-ups | errors | p50 ms | p95 ms | p99 ms | per s | CPU ms/look-up (JVM + DB) |\n")
                    .append("|---|---|---|---|---|---|---|---|\n");
            verification.forEach(p -> md.append("| ").append(p.size()).append(" | ").append(p.cells()).append(" |\n"));
            md.append('\n');
        }
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        md.append('\n');
    }
}
