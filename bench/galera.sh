#!/usr/bin/env bash
# The Galera fault drill (see bench/README.md): 3 MariaDB + Galera 4 nodes from Debian's packages on loopback,
# two instances of the service, learners on both, a node / instance killed per phase.
# Needs: the Debian packages mariadb-server, galera-4 and rsync (sudo apt-get install mariadb-server galera-4 rsync),
# and root (the nodes run as the system user mysql). Writes bench/reports/<date>-galera.md; exits 1 on a failure.
# Usage: bench/galera.sh [--learners N] [--phase-seconds S]
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in mariadbd mariadb-install-db rsync; do
    command -v "$tool" >/dev/null || { echo "missing $tool: sudo apt-get install mariadb-server galera-4 rsync" >&2; exit 2; }
done
[ -f /usr/lib/galera/libgalera_smm.so ] || { echo "missing Galera 4: sudo apt-get install galera-4" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "run as root (the nodes run as the system user mysql)" >&2; exit 2; }
offline=""
[ -d "$HOME/.m2/repository/io/quarkus" ] && offline="-o"
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ "${REBUILD:-1}" = 1 ]; then
    echo "[galera] building the service jar"
    ./mvnw -B -q $offline package -DskipTests
fi
echo "[galera] building the driver"
./mvnw -B -q $offline -f bench/pom.xml package
exec java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.cthb.bench.GaleraDrill --repo . "$@"
