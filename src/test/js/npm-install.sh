#!/usr/bin/env bash
# Installs the test-only validators (npm projects under src/test/js: credential verifiers, xAPI and OpenAPI
# linters) exactly as locked, once: again only when a package-lock.json is newer than its installed tree.
# Run by Maven before the tests (generate-test-resources); needs Node.js 20+ and npm.
set -euo pipefail
cd "$(dirname "$0")"
locks=$(find . -name package-lock.json -not -path '*/node_modules/*' | sort)
[ -n "$locks" ] || exit 0
if ! command -v npm >/dev/null; then
    echo "npm not found: the tests run validators on Node.js 20+ (Debian/Ubuntu: sudo apt-get install nodejs npm)" >&2
    exit 1
fi
for lock in $locks; do
    dir=$(dirname "$lock")
    installed="$dir/node_modules/.package-lock.json"
    if [ ! -f "$installed" ] || [ "$lock" -nt "$installed" ]; then
        echo "[npm] npm ci in src/test/js/${dir#./}"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    fi
done
