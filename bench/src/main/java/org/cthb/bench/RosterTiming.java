package org.cthb.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Times the roster import alone against a service that is already running (started by hand: the jar on its
 * embedded database, or {@code ./mvnw quarkus:dev}), without building the whole bench data set: it writes a CSV
 * shaped like the bench's, makes the nation's officer with the bootstrap administrator, then times a dry run,
 * a commit (new persons) and the same file again (every row an update), and prints the load average beside each.
 * With {@code --async} the commits run as background imports and their progress is polled and printed.
 *
 * <pre>
 * java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.cthb.bench.RosterTiming \
 *     --port 18089 --nation ALB --rows 100000 --first-id 9000000 [--async] \
 *     [--jvm-pid $(pgrep -f quarkus-run.jar) --db-pid $(pgrep -f 'mariadbd.*--port=33306 ')]
 * </pre>
 * Run it twice with a different --first-id (or --nation) to import new persons again.
 */
public final class RosterTiming {

    private RosterTiming() {
    }

    public static void main(String[] args) throws Exception {
        int port = 18089;
        String nation = "ALB";
        int rows = 100_000;
        int firstId = 9_000_000;
        boolean async = false;
        String adminEmail = Service.ADMIN_EMAIL;
        String adminPassword = Service.ADMIN_PASSWORD;
        Path work = Path.of("bench/target");
        long jvmPid = 0;
        long dbPid = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--nation" -> nation = args[++i];
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--first-id" -> firstId = Integer.parseInt(args[++i]);
                case "--async" -> async = true;
                case "--admin-email" -> adminEmail = args[++i];
                case "--admin-password" -> adminPassword = args[++i];
                case "--work" -> work = Path.of(args[++i]);
                case "--jvm-pid" -> jvmPid = Long.parseLong(args[++i]);
                case "--db-pid" -> dbPid = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(work);
        Path csv = work.resolve("timing-" + nation + "-" + firstId + "-" + rows + ".csv");
        Roster.write(csv, nation, firstId, rows, null, 99);
        System.out.printf("file %s: %,d rows, %.1f MB%n", csv, rows, Files.size(csv) / 1e6);

        Http http = new Http(port);
        try {
            Http.Session admin = http.signIn(adminEmail, adminPassword);
            String email = DataSet.officerEmail(nation);
            HttpResponse<String> created = http.sendNow(http.request("/api/accounts", admin)
                    .header("Content-Type", "application/json").POST(Http.json(Map.of("email", email, "password",
                            DataSet.OFFICER_PASSWORD, "role", "NATION_OFFICER", "nation", nation))).build(), admin);
            if (created.statusCode() != 201 && created.statusCode() != 409) {
                throw new IllegalStateException("officer account: " + created.statusCode() + " " + created.body());
            }
            Http.Session officer = http.signIn(email, DataSet.OFFICER_PASSWORD);
            for (String step : new String[]{"dry run", "commit", "commit again"}) {
                boolean dry = step.equals("dry run");
                boolean background = async && !dry;
                String load = Files.readString(Path.of("/proc/loadavg")).trim();
                long jvmCpu = Proc.cpuMillis(jvmPid);
                long dbCpu = Proc.cpuMillis(dbPid);
                long t = System.nanoTime();
                HttpResponse<String> r = http.sendNow(http.request("/api/nations/" + nation + "/roster?dryRun=" + dry
                                + (background ? "&async=true" : ""), officer)
                        .header("Content-Type", "text/csv; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), officer);
                JsonNode body = Http.JSON.readTree(r.body());
                if (background && r.statusCode() == 202) {
                    body = follow(http, officer, java.net.URI.create(r.headers().firstValue("Location").orElseThrow()).getRawPath(), t);
                } else if (r.statusCode() != 200) {
                    throw new IllegalStateException(step + ": " + r.statusCode() + " " + Http.abbreviate(r.body()));
                }
                double seconds = (System.nanoTime() - t) / 1e9;
                // On a shared machine the wall time depends on the neighbours; the CPU seconds of the service and
                // of mariadbd (with --jvm-pid / --db-pid) say what the import itself costs.
                System.out.printf("%-13s %6.2f s wall, CPU %.2f s service + %.2f s mariadbd  (load before %s)  %s%n",
                        step, seconds, (Proc.cpuMillis(jvmPid) - jvmCpu) / 1e3, (Proc.cpuMillis(dbPid) - dbCpu) / 1e3,
                        load, Http.abbreviate(summary(body)));
            }
        } finally {
            http.close();
        }
    }

    /** Polls a background import's progress resource until it ends, printing rows done / total as it goes. */
    private static JsonNode follow(Http http, Http.Session officer, String location, long t) throws Exception {
        while (true) {
            HttpResponse<String> r = http.sendNow(http.request(location, officer).GET().build(), officer);
            JsonNode run = Http.JSON.readTree(r.body());
            System.out.printf("  %5.1f s  %s  %s / %s rows%n", (System.nanoTime() - t) / 1e9,
                    run.path("status").asText(), run.path("rowsDone").asText(run.path("rowsWritten").asText()),
                    run.path("rowsTotal").asText(run.path("rowsRead").asText()));
            if (!"RUNNING".equals(run.path("status").asText()) && !"QUEUED".equals(run.path("status").asText())) {
                return run;
            }
            Thread.sleep(250);
        }
    }

    private static String summary(JsonNode report) {
        StringBuilder s = new StringBuilder();
        for (String f : new String[]{"rows", "created", "updated", "rejected", "status", "rowsWritten", "message"}) {
            if (report.has(f)) {
                s.append(f).append('=').append(report.get(f).asText()).append(' ');
            }
        }
        return s.toString();
    }
}
