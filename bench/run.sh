#!/usr/bin/env bash
# Builds the service and the bench driver, then runs every scenario and writes bench/reports/<date>-<host>.md.
# Usage: bench/run.sh [--quick] [--learners N] [--think MIN-MAX] [--note "text"] ...  (bench/run.sh --help)
set -euo pipefail
cd "$(dirname "$0")/.."
offline=""
[ -d "$HOME/.m2/repository/io/quarkus" ] && offline="-o"
echo "[bench] building the service jar"
./mvnw -B -q $offline package -DskipTests
echo "[bench] building the driver"
./mvnw -B -q $offline -f bench/pom.xml package
exec java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.cthb.bench.Bench --repo . "$@"
