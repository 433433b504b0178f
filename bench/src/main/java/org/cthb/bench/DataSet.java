package org.cthb.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The realistic data set: 32 nations with rosters imported through the service's roster API, a sample of learners
 * who take the whole course through the learning API and receive their certificates from the service, and the
 * rest of the certificates, attempts and lesson progress in the same proportions inserted with set-based SQL
 * (driving tens of thousands of learners through the API would take hours). The proportions, per person:
 * 55% certified, 3% revoked certificate, 15% in progress, 10% with an account but not started, 17% no account.
 */
final class DataSet {

    static final String LEARNER_PASSWORD = "quiet-river-bench-2024";
    static final String OFFICER_PASSWORD = "amber-signal-bench-2024";
    static final String COURSE = "cthb-predeployment";
    static final String BIG_NATION = "DEU";
    static final String BIG_MISSION = "KFOR";

    private final Options options;
    private final Http http;
    private final Service service;
    private final Course course;
    final List<String> nations = new ArrayList<>();
    /** The nation the roster import scenario imports into: a NATO member outside the data set. */
    String importNation;
    int version;
    List<String> coreModules = List.of();
    final Map<String, Http.Session> officers = new LinkedHashMap<>();
    final Map<String, Integer> rosterSizes = new LinkedHashMap<>();
    final List<String> quizLearners = new ArrayList<>();
    final List<String> burstLearners = new ArrayList<>();
    final List<String> certificateNumbers = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    String pageLearner;
    Http.Session admin;
    long apiCertificates;

    DataSet(Options options, Http http, Service service, Course course) {
        this.options = options;
        this.http = http;
        this.service = service;
        this.course = course;
    }

    void build() throws Exception {
        admin = http.signIn(Service.ADMIN_EMAIL, Service.ADMIN_PASSWORD);
        chooseNations();
        long t = System.nanoTime();
        Map<String, List<Roster.Person>> rosters = writeRosters();
        Map<String, String> sampleNations = chooseSamples(rosters);
        List<String> samples = new ArrayList<>(sampleNations.keySet());
        // Accounts first: the roster import links learner accounts to their persons by e-mail.
        parallel(nations, iso3 -> createAccount(officerEmail(iso3), OFFICER_PASSWORD,
                "NATION_OFFICER", iso3));
        // Of their nation: a roster links only learner accounts of its own nation.
        parallel(samples, email -> createAccount(email, LEARNER_PASSWORD, "LEARNER", sampleNations.get(email)));
        notes.add(String.format("%d officer and %d learner accounts created through POST /api/accounts in %.0f s",
                nations.size(), samples.size(), (System.nanoTime() - t) / 1e9));
        for (String iso3 : nations) {
            officers.put(iso3, http.signIn(officerEmail(iso3), OFFICER_PASSWORD));
        }
        t = System.nanoTime();
        for (String iso3 : nations) {
            importRoster(iso3, options.work.resolve("roster-" + iso3 + ".csv"));
        }
        long persons = rosterSizes.values().stream().mapToLong(Integer::longValue).sum();
        notes.add(String.format("%,d persons and deployments in %d nations imported through POST /api/nations/{iso3}/roster"
                + " in %.0f s (%s: %,d persons, all deploying to %s)", persons, nations.size(),
                (System.nanoTime() - t) / 1e9, BIG_NATION, rosterSizes.get(BIG_NATION), BIG_MISSION));
        t = System.nanoTime();
        parallel(samples, this::completeCourse);
        notes.add(String.format("%d sample learners signed in and passed every required quiz through the learning API"
                + " in %.0f s; the service issued their %d certificates", samples.size(), (System.nanoTime() - t) / 1e9,
                apiCertificates));
        t = System.nanoTime();
        bulk();
        notes.add(String.format("The rest inserted with set-based SQL in %.0f s (see the counts below)",
                (System.nanoTime() - t) / 1e9));
    }

    /** Partner nations after the import scenario's one: empty until a growth scenario imports into them. */
    List<String> partnerNations() throws Exception {
        return Files.readAllLines(options.repo.resolve("src/main/resources/db/data/nations.csv")).stream().skip(1)
                .map(l -> l.split(";")).filter(f -> f.length > 3 && !f[3].trim().equals("true")).map(f -> f[0])
                .filter(n -> !n.equals(importNation)).toList();
    }

    static String officerEmail(String iso3) {
        return "officer@" + iso3.toLowerCase() + ".bench.example";
    }

    /** The NATO members (32 in the reference data), the large one first; the import goes to a partner nation. */
    private void chooseNations() throws Exception {
        List<String[]> all = Files.readAllLines(options.repo.resolve("src/main/resources/db/data/nations.csv"))
                .stream().skip(1).map(l -> l.split(";")).filter(f -> f.length > 3).toList();
        List<String> members = all.stream().filter(f -> f[3].trim().equals("true")).map(f -> f[0])
                .collect(Collectors.toCollection(ArrayList::new));
        members.remove(BIG_NATION);
        nations.add(BIG_NATION);
        nations.addAll(members.subList(0, Math.min(options.nations - 1, members.size())));
        // Partners contribute to NATO missions too (KFOR has had several): a realistic nation for a new roster.
        importNation = all.stream().filter(f -> !f[3].trim().equals("true")).map(f -> f[0]).findFirst().orElseThrow();
        version = 1;
    }

    private Map<String, List<Roster.Person>> writeRosters() throws Exception {
        Files.createDirectories(options.work);
        Random sizes = new Random(7);
        Map<String, List<Roster.Person>> rosters = new LinkedHashMap<>();
        int first = 1;
        for (String iso3 : nations) {
            boolean big = iso3.equals(BIG_NATION);
            int size = big ? options.bigNationPersons : options.quick ? 100 + sizes.nextInt(300) : 300 + sizes.nextInt(2700);
            rosters.put(iso3, Roster.write(options.work.resolve("roster-" + iso3 + ".csv"), iso3, first, size,
                    big ? BIG_MISSION : null, iso3.hashCode()));
            rosterSizes.put(iso3, size);
            first += size;
        }
        return rosters;
    }

    /** Learners who go through the API: certified-bucket persons, many in the large nation, a few in the others. */
    private Map<String, String> chooseSamples(Map<String, List<Roster.Person>> rosters) {
        Map<String, String> samples = new LinkedHashMap<>();
        rosters.forEach((iso3, persons) -> {
            int wanted = iso3.equals(BIG_NATION) ? (options.quick ? 6 : 40) : (options.quick ? 1 : 2);
            persons.stream().filter(p -> p.bucket() < 55).limit(wanted).forEach(p -> samples.put(p.email(), iso3));
        });
        return samples;
    }

    void createAccount(String email, String password, String role, String nation) throws Exception {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", password);
        body.put("role", role);
        if (nation != null) {
            body.put("nation", nation);
        }
        http.expect(http.request("/api/accounts", admin).header("Content-Type", "application/json")
                .POST(Http.json(body)).build(), admin, 201);
    }

    void importRoster(String iso3, Path csv) throws Exception {
        Http.Session officer = officers.get(iso3);
        JsonNode report = http.expect(http.request("/api/nations/" + iso3 + "/roster?dryRun=false", officer)
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), officer, 200);
        if (!report.path("applied").asBoolean()) {
            throw new IllegalStateException("Roster of " + iso3 + " not applied: " + report);
        }
    }

    /** Takes every required quiz with the right answers, as a diligent learner would, until certified. */
    private void completeCourse(String email) throws Exception {
        Http.Session me = http.signIn(email, LEARNER_PASSWORD);
        JsonNode dashboard = http.expect(http.request("/api/learning/dashboard", me).build(), me, 200);
        version = dashboard.path("version").asInt();
        List<String> modules = new ArrayList<>();
        dashboard.path("modules").forEach(m -> modules.add(m.path("moduleId").asText()));
        for (String module : modules) {
            readLessons(me, version, module);
            takeQuiz(me, version, module, true);
        }
        JsonNode mine = http.expect(http.request("/api/certificates/mine", me).build(), me, 200);
        synchronized (this) {
            if (coreModules.isEmpty() || modules.size() < coreModules.size()) {
                coreModules = modules;
            }
            apiCertificates += mine.size();
        }
    }

    /** Marks every lesson of the module done, as a learner does before the quiz (which opens only then). */
    void readLessons(Http.Session me, int version, String module) throws Exception {
        for (String lesson : course.modules.get(module).lessons()) {
            http.expect(http.request("/api/learning/versions/" + version + "/modules/" + module + "/lessons/" + lesson
                    + "/done", me).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), me, 200);
        }
    }

    /** Starts (or resumes) the module's quiz, saves an answer to each question and submits; returns the result. */
    JsonNode takeQuiz(Http.Session me, int version, String module, boolean right) throws Exception {
        JsonNode attempt = http.expect(http.request("/api/learning/versions/" + version + "/modules/" + module
                + "/attempts", me).POST(HttpRequest.BodyPublishers.noBody()).build(), me, 200);
        long id = attempt.path("id").asLong();
        for (JsonNode q : attempt.path("questions")) {
            http.expect(http.request("/api/learning/attempts/" + id + "/answers/" + q.path("id").asText(), me)
                    .header("Content-Type", "application/json")
                    .PUT(Http.json(Map.of("options", answer(module, q, right)))).build(), me, 200);
        }
        return http.expect(http.request("/api/learning/attempts/" + id + "/submit", me)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), me, 200);
    }

    /**
     * The positions of the correct options as this attempt shows them (found by their words), or of a wrong one
     * (the first that is not correct).
     */
    List<String> answer(String module, JsonNode question, boolean right) {
        List<String> correctTexts = course.modules.get(module).correct().getOrDefault(question.path("id").asText(),
                List.of());
        List<String> correct = new ArrayList<>();
        String wrong = null;
        for (JsonNode o : question.path("options")) {
            String text = Course.normalise(o.path("text").asText());
            if (correctTexts.contains(text)) {
                correct.add(o.path("id").asText());
            } else if (wrong == null) {
                wrong = o.path("id").asText();
            }
        }
        if (correct.isEmpty()) {
            throw new IllegalStateException("No option of " + module + "/" + question.path("id").asText()
                    + " matches the course file's right answer: " + correctTexts);
        }
        return right || wrong == null ? correct : List.of(wrong);
    }

    // ---- Bulk part ---------------------------------------------------------------------------------------------

    private void bulk() throws SQLException {
        try (Connection c = DriverManager.getConnection(service.jdbcUrl())) {
            long lastSampleAccount = bulk(c, nations);
            counts(c);
            chooseUsers(c, lastSampleAccount);
        }
    }

    /**
     * The bulk part for {@code nations}' persons imported so far (accounts, enrolments, attempts, answers, lessons,
     * certificates, by bucket); returns the last account id before it, which starts the bulk accounts.
     */
    long bulk(Connection c, List<String> nations) throws SQLException {
        {
            c.setAutoCommit(true);
            long versionId = single(c, "select id from course_version where course_id = '" + COURSE
                    + "' and version_no = " + version);
            long lastSampleAccount = single(c, "select max(id) from account");
            long lastSampleAttempt = single(c, "select coalesce(max(id), 0) from quiz_attempt");
            String hash = text(c, "select password_hash from account where role = 'LEARNER' order by id limit 1");
            String inNations = nations.stream().map(n -> "'" + n + "'").collect(Collectors.joining(","));
            String bucket = "(crc32(p.national_id) % 100)";
            try (Statement s = c.createStatement()) {
                // Accounts for everyone but the 17% who have not signed up yet; all share the learners' password
                // hash (the same Argon2id parameters), so any of them can sign in.
                try (PreparedStatement ps = c.prepareStatement("insert into account (email, password_hash, role,"
                        + " nation_iso3, person_id, language, enabled) select p.email, ?, 'LEARNER', p.nation_iso3, p.id,"
                        + " if(crc32(p.email) % 5 = 0, 'fr', 'en'), true from person p where " + bucket + " < 83"
                        + " and p.nation_iso3 in (" + inNations + ") and not exists (select 1 from account a"
                        + " where a.email = p.email)")) {
                    ps.setString(1, hash);
                    ps.executeUpdate();
                }
                String bulkAccounts = " from account a join person p on p.id = a.person_id where a.id > " + lastSampleAccount;
                s.executeUpdate("insert into enrolment (account_id, course_id, version_id, started_at) select a.id, '"
                        + COURSE + "', " + versionId + ", now(3) - interval (crc32(p.email) % 720 + 10) day"
                        + bulkAccounts + " and " + bucket + " < 73");
                String modules = coreModules.stream().map(m -> "select '" + m + "' as module_id")
                        .collect(Collectors.joining(" union all "));
                String started = "(now(3) - interval (crc32(p.email) % 720 + 5) day)";
                // Certified (and later revoked): every core quiz passed, one in five after a failed first try.
                s.executeUpdate("insert into quiz_attempt (account_id, version_id, module_id, attempt_no, pass_mark,"
                        + " started_at, submitted_at, score, passed, questions) select a.id, " + versionId + ", m.module_id,"
                        + " 1, 80, " + started + ", " + started + " + interval 6 minute, 40 + 20 * (crc32(p.email) % 2),"
                        + " false, 'q01,q02,q03,q04,q05'" + bulkAccounts.replace(" where", " join (" + modules + ") m where")
                        + " and " + bucket + " < 58 and crc32(concat(p.email, m.module_id)) % 5 = 0");
                s.executeUpdate("insert into quiz_attempt (account_id, version_id, module_id, attempt_no, pass_mark,"
                        + " started_at, submitted_at, score, passed, questions) select a.id, " + versionId + ", m.module_id,"
                        + " if(crc32(concat(p.email, m.module_id)) % 5 = 0, 2, 1), 80, " + started + " + interval 1 hour, "
                        + started + " + interval 67 minute, 80 + 20 * (crc32(p.email) % 2), true, 'q01,q02,q03,q04,q05'"
                        + bulkAccounts.replace(" where", " join (" + modules + ") m where") + " and " + bucket + " < 58");
                // In progress: the first module's quiz, failed once or still open.
                s.executeUpdate("insert into quiz_attempt (account_id, version_id, module_id, attempt_no, pass_mark,"
                        + " started_at, submitted_at, score, passed, questions) select a.id, " + versionId + ", '"
                        + coreModules.get(0) + "', 1, 80, " + started + ", if(crc32(p.email) % 2 = 0, " + started
                        + " + interval 8 minute, null), if(crc32(p.email) % 2 = 0, 60, null),"
                        + " if(crc32(p.email) % 2 = 0, false, null), 'q01,q02,q03,q04,q05'" + bulkAccounts
                        + " and " + bucket + " between 58 and 72");
                s.executeUpdate("insert into attempt_answer (attempt_id, question_id, options, correct, answered_at)"
                        + " select qa.id, concat('q0', q.seq), 'a', if(qa.submitted_at is null, null, qa.passed or q.seq < 4),"
                        + " qa.started_at + interval q.seq minute from quiz_attempt qa join seq_1_to_5 q"
                        + " where qa.id > " + lastSampleAttempt + " and (qa.submitted_at is not null or q.seq <= 3)");
                // Lessons: all of the core modules for the certified, the first module's for those in progress.
                StringBuilder lessons = new StringBuilder();
                for (String m : coreModules) {
                    for (String l : course.modules.get(m).lessons()) {
                        lessons.append(lessons.length() == 0 ? "" : " union all ").append("select '").append(m)
                                .append("' as module_id, '").append(l).append("' as lesson");
                    }
                }
                s.executeUpdate("insert into lesson_progress (account_id, version_id, module_id, lesson, via_alternative,"
                        + " completed_at) select a.id, " + versionId + ", l.module_id, l.lesson, crc32(concat(p.email, l.lesson))"
                        + " % 20 = 0, " + started + bulkAccounts.replace(" where", " join (" + lessons + ") l where")
                        + " and (" + bucket + " < 58 or (" + bucket + " between 58 and 72 and l.module_id = '"
                        + coreModules.get(0) + "'))");
            }
            insertCertificates(c, lastSampleAccount, versionId);
            return lastSampleAccount;
        }
    }

    /** Certificates with numbers made as the service makes them, issued over the last two years; 3% revoked. */
    private void insertCertificates(Connection c, long lastSampleAccount, long versionId) throws SQLException {
        long lastCertificate = single(c, "select coalesce(max(id), 0) from certificate");
        // Past both the counter and every index in use: the service draws its indexes at random below twice its
        // counter, so the counter alone is no free start.
        int index = (int) single(c, "select greatest((select next_value from certificate_counter where name ="
                + " 'status_list_index'), (select coalesce(max(status_list_index), -1) + 1 from certificate))");
        // Seeded by the table so far: a second bulk (the growth contingents) must not draw the same numbers.
        Random random = new Random(11 + lastCertificate);
        c.setAutoCommit(false);
        try (PreparedStatement q = c.prepareStatement("select a.id, p.id, concat(p.given_name, ' ', p.family_name),"
                + " p.nation_iso3, p.pseudonym, crc32(p.national_id) % 100, crc32(p.email) % 700 from account a"
                + " join person p on p.id = a.person_id where a.id > ? and crc32(p.national_id) % 100 < 58 order by a.id");
             PreparedStatement insert = c.prepareStatement("insert into certificate (number, account_id, person_id,"
                     + " course_version_id, holder_name, nation_iso3, subject_pseudonym, standard_name, standard_version,"
                     + " issued_at, issued_on, expires_on, status_list_index, revoked_at, revoked_by, revocation_reason)"
                     + " values (?,?,?,?,?,?,?,'NATO CTHB baseline',1,?,?,?,?,?,?,?)")) {
            q.setLong(1, lastSampleAccount);
            int batch = 0;
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    LocalDate issued = LocalDate.now().minusDays(rs.getInt(7));
                    boolean revoked = rs.getInt(6) >= 55;
                    insert.setString(1, CertificateNumbers.random(random));
                    insert.setLong(2, rs.getLong(1));
                    insert.setLong(3, rs.getLong(2));
                    insert.setLong(4, versionId);
                    insert.setString(5, rs.getString(3));
                    insert.setString(6, rs.getString(4));
                    insert.setString(7, rs.getString(5));
                    insert.setTimestamp(8, Timestamp.from(issued.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)
                            .plus(9, ChronoUnit.HOURS)));
                    insert.setDate(9, java.sql.Date.valueOf(issued));
                    insert.setDate(10, java.sql.Date.valueOf(issued.plusMonths(24)));
                    insert.setInt(11, index++);
                    insert.setTimestamp(12, revoked ? Timestamp.from(Instant.now().minus(3, ChronoUnit.DAYS)) : null);
                    insert.setString(13, revoked ? officerEmail(rs.getString(4)) : null);
                    insert.setString(14, revoked ? "Misconduct investigation" : null);
                    insert.addBatch();
                    if (++batch % 2000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
            try (Statement s = c.createStatement()) {
                s.executeUpdate("update certificate_counter set next_value = " + index + " where name = 'status_list_index'");
                s.executeUpdate("insert into certificate_module (certificate_id, module_id, best_score) select c.id,"
                        + " m.module_id, 80 + 20 * (crc32(c.number) % 2) from certificate c join ("
                        + coreModules.stream().map(m -> "select '" + m + "' as module_id").collect(Collectors.joining(" union all "))
                        + ") m where c.id > " + lastCertificate);
            }
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    private void counts(Connection c) throws SQLException {
        StringBuilder line = new StringBuilder("Rows: ");
        for (String table : List.of("person", "deployment", "account", "enrolment", "lesson_progress", "quiz_attempt",
                "attempt_answer", "certificate", "certificate_module", "audit_event", "xapi_outbox")) {
            try {
                line.append(String.format("%s %,d; ", table, single(c, "select count(*) from " + table)));
            } catch (SQLException e) {
                // a table this version of the service does not have
            }
        }
        notes.add(line.toString().replaceAll("; $", ""));
    }

    /** Who does what in the scenarios: fresh learners for the quiz, certified ones for the burst, numbers to verify. */
    private void chooseUsers(Connection c, long lastSampleAccount) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select a.email from account a join person p on p.id = a.person_id"
                    + " where a.id > " + lastSampleAccount + " and p.nation_iso3 = '" + BIG_NATION + "'"
                    + " and crc32(p.national_id) % 100 between 73 and 82 order by a.id limit " + (options.learners + 1))) {
                while (rs.next()) {
                    quizLearners.add(rs.getString(1));
                }
            }
            pageLearner = quizLearners.remove(quizLearners.size() - 1);
            try (ResultSet rs = s.executeQuery("select a.email from account a join person p on p.id = a.person_id"
                    + " where a.id > " + lastSampleAccount + " and crc32(p.national_id) % 100 < 55"
                    + " order by crc32(a.email) limit " + options.burstLogins)) {
                while (rs.next()) {
                    burstLearners.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("select number from certificate order by crc32(number) limit "
                    + options.verifyRequests)) {
                while (rs.next()) {
                    certificateNumbers.add(rs.getString(1));
                }
            }
        }
        if (quizLearners.size() < options.learners) {
            throw new IllegalStateException("Only " + quizLearners.size() + " fresh learners for " + options.learners
                    + " simulated ones: raise --persons");
        }
    }

    static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    interface Task<T> {
        void run(T item) throws Exception;
    }

    /** Runs on two threads: the service has two cores, more only queues. */
    static <T> void parallel(List<T> items, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    task.run(item);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
