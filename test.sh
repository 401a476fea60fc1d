#!/usr/bin/env bash
# Builds the solution and runs every test; ends with one line: "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

source scripts/engines.sh

# Browser tests drive Debian's Chromium (never a downloaded browser); install it once.
install_when_missing /usr/lib/chromium/chromium chromium fonts-dejavu-core || {
  echo "tests: 0 passed, 1 failed (could not install chromium for the browser tests)"; exit 1; }
results=$(mktemp -d)
trap 'stop_smtp4dev; stop_redis; stop_postgres; rm -rf "$results"' EXIT

# The desk's PostgreSQL suites run on Debian's PostgreSQL 15: a cluster of its own in a temporary folder, on loopback,
# owned by an unprivileged user; the tests find it through DESK_TEST_POSTGRES. Durability settings off: the cluster
# lives for one run and is thrown away.
start_postgres "$results" -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off || {
  cat "$results/postgres.log" 2>/dev/null; echo "tests: 0 passed, 1 failed (PostgreSQL did not start)"; exit 1; }
export DESK_TEST_POSTGRES
DESK_TEST_POSTGRES=$(postgres_connection postgres)

# The two-node suites share one Redis: Debian's redis-server as a child of this script, on loopback, keeping nothing
# on disk; the tests find it through DESK_TEST_REDIS (host:port).
start_redis "$results" || { cat "$results/redis.log" 2>/dev/null; echo "tests: 0 passed, 1 failed (Redis did not start)"; exit 1; }
export DESK_TEST_REDIS="127.0.0.1:$redis_port"

# The mail suites send to a real SMTP server: Rnwood.Smtp4dev, a local dotnet tool; the tests find its SMTP port through
# DESK_TEST_SMTP (host:port), read what arrived through its web API at DESK_TEST_SMTP_API, and poll it as a mailbox
# through its IMAP server at DESK_TEST_IMAP (host:port).
start_smtp4dev "$results" || { cat "$results/smtp4dev.log" 2>/dev/null; echo "tests: 0 passed, 1 failed (smtp4dev did not start)"; exit 1; }
export DESK_TEST_SMTP="127.0.0.1:$smtp4dev_port" DESK_TEST_SMTP_API="http://127.0.0.1:$smtp4dev_web_port" \
  DESK_TEST_IMAP="127.0.0.1:$smtp4dev_imap_port"

dotnet build ComplaintDesk.sln -c Release -warnaserror || { echo "tests: 0 passed, 1 failed (build failed)"; exit 1; }

dotnet test ComplaintDesk.sln -c Release --no-build --logger "trx" --results-directory "$results"
status=$?

# Count from the TRX files so the total covers every test assembly.
passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  count() { local v; v=$(printf "%s" "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"); echo "${v:-0}"; }
  passed=$((passed + $(count passed)))
  failed=$((failed + $(count failed) + $(count error)))
  skipped=$((skipped + $(count notExecuted)))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
line="tests: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
exit "$status"
