package org.cthb.bench;

import java.nio.file.Path;

/** The run's parameters: the values by default, small ones with --quick for a smoke run. */
final class Options {

    boolean quick;
    /** Quiz flow: simulated learners and their think time between two actions, in seconds. */
    int learners = 2000;
    double thinkMin = 30;
    double thinkMax = 90;
    /** Persons (all deploying to one mission) of the large nation that readiness is measured on. */
    int bigNationPersons = 50_000;
    /** How many nations get a roster; the first is the large one. */
    int nations = 32;
    /** Rows of the roster import scenario. */
    int importRows = 100_000;
    /** Login burst: this many sign-ins spread evenly over this many seconds. */
    int burstLogins = 500;
    double burstSeconds = 10;
    int readinessRuns = 100;
    int verifyRequests = 20_000;
    int verifyConcurrency = 16;
    /** Closed-loop clients of the submit saturation scenario. */
    int saturationClients = 16;
    /** Sign-in flood: closed-loop clients posting the sign-in form during the second quiz flow. */
    int floodClients = 64;
    int httpPort = 18089;
    int dbPort = 33306;
    Path repo = Path.of("").toAbsolutePath();
    Path work;
    /** Free text for the report, e.g. what else ran on the machine. */
    String note = "";
    String jvmOpts = System.getenv().getOrDefault("CTHB_BENCH_JVM_OPTS", "");
    /** The scenarios to run (see {@link #SCENARIOS}); all when empty. */
    final java.util.Set<String> only = new java.util.LinkedHashSet<>();
    boolean noGrowth;
    static final java.util.List<String> SCENARIOS = java.util.List.of("pages", "readiness", "verification", "burst",
            "floors", "quiz", "flood", "saturation", "import", "restart", "growth");

    /** Whether this run includes the scenario {@code name}. */
    boolean runs(String name) {
        if (name.equals("growth") && noGrowth) {
            return false;
        }
        return only.isEmpty() || only.contains(name);
    }

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--quick" -> o.quick();
                case "--learners" -> o.learners = Integer.parseInt(args[++i]);
                case "--think" -> {
                    String[] range = args[++i].split("-");
                    o.thinkMin = Double.parseDouble(range[0]);
                    o.thinkMax = Double.parseDouble(range[range.length - 1]);
                }
                case "--persons" -> o.bigNationPersons = Integer.parseInt(args[++i]);
                case "--nations" -> o.nations = Integer.parseInt(args[++i]);
                case "--import-rows" -> o.importRows = Integer.parseInt(args[++i]);
                case "--burst" -> o.burstLogins = Integer.parseInt(args[++i]);
                case "--flood" -> o.floodClients = Integer.parseInt(args[++i]);
                case "--port" -> o.httpPort = Integer.parseInt(args[++i]);
                case "--db-port" -> o.dbPort = Integer.parseInt(args[++i]);
                case "--note" -> o.note = args[++i];
                case "--only" -> {
                    for (String name : args[++i].split(",")) {
                        if (!SCENARIOS.contains(name.trim())) {
                            throw new IllegalArgumentException("unknown scenario " + name + "; one of " + SCENARIOS);
                        }
                        o.only.add(name.trim());
                    }
                }
                case "--growth" -> o.only.add("growth");
                case "--no-growth" -> o.noGrowth = true;
                case "--repo" -> o.repo = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--help", "-h" -> {
                    System.out.println("""
                            bench/run.sh [--quick] [--learners N] [--think MIN-MAX] [--persons N] [--nations N]
                                         [--import-rows N] [--burst N] [--flood CLIENTS] [--port P] [--db-port P]
                                         [--only SCENARIO,...] [--growth] [--no-growth] [--note TEXT]
                            Defaults are the targets' values: 2000 learners, 30-90 s think time, 50,000 persons,
                            32 nations, 100,000 import rows, 500 sign-ins in 10 s, a flood of 64 sign-in clients.
                            Scenarios (all by default): pages, readiness, verification, burst, floors, quiz, flood
                            (needs quiz), saturation, import, restart, growth.
                            --growth: only how cost grows (readiness 5k/50k/200k persons, import 10k/100k rows,
                            verification 10k/1M certificates) on a small base data set; --no-growth: all but that.""");
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown option " + a + " (see --help)");
            }
        }
        o.work = o.repo.resolve("bench/target/run");
        if (o.only.equals(java.util.Set.of("growth")) && !o.quick) {
            // The base data set only carries the growth scenarios (and must hold fewer than 10k certificates).
            o.bigNationPersons = 5_000;
            o.nations = 6;
            o.learners = Math.min(o.learners, 60);
            o.burstLogins = Math.min(o.burstLogins, 50);
        }
        return o;
    }

    /** Same scenarios, a fraction of the volume: a few minutes on a busy machine. */
    private void quick() {
        quick = true;
        learners = 60;
        thinkMin = 1;
        thinkMax = 3;
        bigNationPersons = 5_000;
        nations = 6;
        importRows = 10_000;
        burstLogins = 50;
        burstSeconds = 2;
        floodClients = 16;
        readinessRuns = 40;
        verifyRequests = 2_000;
    }
}
