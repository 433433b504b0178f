#!/usr/bin/env bash
# Builds the service and the bench driver, then runs every scenario and writes bench/reports/<date>-<host>.md.
# Usage: bench/run.sh [--quick] [--learners N] [--think MIN-MAX] [--note "text"] ...  (bench/run.sh --help)
set -euo pipefail
cd "$(dirname "$0")/.."
for arg in "$@"; do
    if [ "$arg" = --help ] || [ "$arg" = -h ]; then
        # The options are the driver's; answer without building the service (a build would rewrite target/ under
        # a test run in the same tree).
        if [ -f bench/target/classpath.txt ]; then
            exec java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.cthb.bench.Bench --help
        fi
        grep -E '^\s*bench/run.sh' bench/README.md
        exit 0
    fi
done
# --no-build: use the service jar and the driver as last built (e.g. a second run of the same commit).
build=1
args=()
for arg in "$@"; do
    if [ "$arg" = --no-build ]; then build=0; else args+=("$arg"); fi
done
# The service's JVM runs with the heap limits the README's run command and docker/Dockerfile use, so that the bench
# measures what is deployed; set CTHB_BENCH_JVM_OPTS (even empty) to run with other flags.
export CTHB_BENCH_JVM_OPTS="${CTHB_BENCH_JVM_OPTS--Xmx768m -XX:MaxMetaspaceSize=256m}"
offline=""
[ -d "$HOME/.m2/repository/io/quarkus" ] && offline="-o"
if [ "$build" = 1 ] || [ ! -f target/quarkus-app/quarkus-run.jar ] || [ ! -f bench/target/classpath.txt ]; then
    echo "[bench] building the service jar"
    # Builds are not measurements: at the lowest priority, so that whatever else runs keeps its share.
    nice -n 19 ./mvnw -B -q $offline package -DskipTests
    echo "[bench] building the driver"
    nice -n 19 ./mvnw -B -q $offline -f bench/pom.xml package
fi
exec java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.cthb.bench.Bench --repo . "${args[@]}"
