#!/usr/bin/env bash
# Builds the solution and runs every test; ends with one line: "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Browser tests drive Debian's Chromium (never a downloaded browser); install it once.
if [ ! -x /usr/lib/chromium/chromium ]; then
  sudo_if_needed=""
  [ "$(id -u)" -ne 0 ] && sudo_if_needed="sudo"
  $sudo_if_needed apt-get update -qq && \
    DEBIAN_FRONTEND=noninteractive $sudo_if_needed apt-get install -y -qq chromium fonts-dejavu-core >/dev/null || {
      echo "tests: 0 passed, 1 failed (could not install chromium for the browser tests)"; exit 1; }
fi
results=$(mktemp -d)
postgres_pid=""
stop_postgres() {
  [ -n "$postgres_pid" ] || return 0
  kill -INT "$postgres_pid" 2>/dev/null  # SIGINT: PostgreSQL's fast shutdown
  while kill -0 "$postgres_pid" 2>/dev/null; do sleep 0.2; done
}
redis_pid=""
stop_redis() {
  [ -n "$redis_pid" ] || return 0
  kill -TERM "$redis_pid" 2>/dev/null
  wait "$redis_pid" 2>/dev/null
}
trap 'stop_redis; stop_postgres; rm -rf "$results"' EXIT

# The desk's PostgreSQL suites run on Debian's PostgreSQL 15: a cluster of its own in a temporary folder,
# on loopback, owned by an unprivileged user; the tests find it through DESK_TEST_POSTGRES.
pg_bin=/usr/lib/postgresql/15/bin
if [ ! -x "$pg_bin/pg_ctl" ]; then
  sudo_if_needed=""
  [ "$(id -u)" -ne 0 ] && sudo_if_needed="sudo"
  $sudo_if_needed apt-get update -qq && \
    DEBIAN_FRONTEND=noninteractive $sudo_if_needed apt-get install -y -qq postgresql-15 >/dev/null || {
      echo "tests: 0 passed, 1 failed (could not install postgresql-15)"; exit 1; }
fi
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  id -u "$owner" >/dev/null 2>&1 || owner=nobody
  as_owner=(runuser -u "$owner" --)
  chown "$owner" "$results"
fi
pg_data="$results/postgres"
pg_password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
"${as_owner[@]}" bash -c "printf '%s\n' '$pg_password' > '$results/pg-password'"
"${as_owner[@]}" "$pg_bin/initdb" -D "$pg_data" -U desk --pwfile="$results/pg-password" \
  --auth-host=scram-sha-256 --auth-local=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >/dev/null || {
    echo "tests: 0 passed, 1 failed (initdb failed)"; exit 1; }
# A port nobody listens on, tried until one starts: another run may take the same port meanwhile.
for attempt in 1 2 3 4 5; do
  pg_port=$((20000 + RANDOM % 20000))
  (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null && continue
  # Durability settings off: the cluster lives for one run and is thrown away.
  "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -l "$results/postgres.log" -w -t 60 start \
    -o "-h 127.0.0.1 -p $pg_port -k $pg_data -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    >/dev/null && { postgres_pid=$(head -n 1 "$pg_data/postmaster.pid"); break; }
done
[ -n "$postgres_pid" ] || { cat "$results/postgres.log" 2>/dev/null; echo "tests: 0 passed, 1 failed (PostgreSQL did not start)"; exit 1; }
export DESK_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=desk;Password=$pg_password;Database=postgres"

# The two-node suites share one Redis: Debian's redis-server as a child of this script, on loopback, in a
# temporary folder, keeping nothing on disk; the tests find it through DESK_TEST_REDIS (host:port).
if ! command -v redis-server >/dev/null; then
  sudo_if_needed=""
  [ "$(id -u)" -ne 0 ] && sudo_if_needed="sudo"
  $sudo_if_needed apt-get update -qq && \
    DEBIAN_FRONTEND=noninteractive $sudo_if_needed apt-get install -y -qq redis-server >/dev/null || {
      echo "tests: 0 passed, 1 failed (could not install redis-server)"; exit 1; }
fi
redis_dir="$results/redis"
mkdir -p "$redis_dir"
for attempt in 1 2 3 4 5; do
  redis_port=$((20000 + RANDOM % 20000))
  (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null && continue
  redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize no --dir "$redis_dir" \
    >"$results/redis.log" 2>&1 &
  redis_pid=$!
  for wait in $(seq 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null && break
    kill -0 "$redis_pid" 2>/dev/null || break
    sleep 0.1
  done
  (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null && break
  kill "$redis_pid" 2>/dev/null; wait "$redis_pid" 2>/dev/null; redis_pid=""
done
[ -n "$redis_pid" ] || { cat "$results/redis.log" 2>/dev/null; echo "tests: 0 passed, 1 failed (Redis did not start)"; exit 1; }
export DESK_TEST_REDIS="127.0.0.1:$redis_port"

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
