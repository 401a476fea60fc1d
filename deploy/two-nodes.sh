#!/usr/bin/env bash
# A trial of the desk as two nodes on one machine: PostgreSQL, Redis, two nodes and nginx in front of them, all on
# loopback in a temporary folder, with demo data. Ctrl-C stops everything and deletes the folder.
#   deploy/two-nodes.sh            serve on http://127.0.0.1:8080 (DESK_TRIAL_PORT to change) until Ctrl-C
#   deploy/two-nodes.sh --check    start, check both nodes answer through nginx, stop
# Not a production set-up (no TLS, one machine): the README's production section says what changes.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/engines.sh

check_only=false
[ "${1:-}" = "--check" ] && check_only=true
port=${DESK_TRIAL_PORT:-8080}
trial=$(mktemp -d)
node_pids=() node_ports=() nginx_pid=""

stop_all() {
  [ -n "$nginx_pid" ] && { kill -QUIT "$nginx_pid" 2>/dev/null; wait "$nginx_pid" 2>/dev/null; }
  local pid
  for pid in "${node_pids[@]}"; do kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  stop_redis
  stop_postgres
  rm -rf "$trial"
}
trap stop_all EXIT
trap 'exit 130' INT TERM
fail() { echo "two-nodes: $*" >&2; exit 1; }

# Answers 200 within a minute, or the caller shows the log.
wait_ready() {
  local url=$1 attempt
  for attempt in $(seq 120); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ] && return 0
    sleep 0.5
  done
  return 1
}

install_when_missing nginx nginx || fail "could not install nginx"
install_when_missing curl curl || fail "could not install curl"
echo "Building the desk..."
dotnet publish ComplaintDesk.Web -c Release -o "$trial/app" --nologo -v quiet >"$trial/publish.log" 2>&1 \
  || { cat "$trial/publish.log"; fail "the build failed"; }

echo "Starting PostgreSQL and Redis..."
start_postgres "$trial" || { cat "$trial/postgres.log" 2>/dev/null; fail "PostgreSQL did not start"; }
PGPASSWORD=$postgres_password "$postgres_bin/psql" -h 127.0.0.1 -p "$postgres_port" -U desk -d postgres -q \
  -c "CREATE DATABASE desk" || fail "could not create the database"
start_redis "$trial" || { cat "$trial/redis.log" 2>/dev/null; fail "Redis did not start"; }

# Both nodes start at the same moment on the empty database: one of them migrates and seeds, under a lock.
echo "Starting two nodes..."
for node in a b; do
  node_port=$(free_port)
  (
    cd "$trial/app"
    export ASPNETCORE_URLS="http://127.0.0.1:$node_port" \
      Desk__Database__Provider=Postgres \
      ConnectionStrings__Desk="$(postgres_connection desk)" \
      ConnectionStrings__Redis="127.0.0.1:$redis_port" \
      Desk__Proxy__KnownProxies__0=127.0.0.1 \
      Desk__Proxy__AffinityCookie=desk_node \
      Desk__Reports__Folder="$trial/reports-$node" \
      Desk__DemoData=true
    exec dotnet ComplaintDesk.Web.dll
  ) >"$trial/node-$node.log" 2>&1 &
  node_pids+=("$!")
  node_ports+=("$node_port")
done
for i in 0 1; do
  wait_ready "http://127.0.0.1:${node_ports[$i]}/health/ready" \
    || { tail -n 40 "$trial/node-$([ "$i" = 0 ] && echo a || echo b).log"; fail "node $((i + 1)) is not ready"; }
done

mkdir -p "$trial/nginx"
sed -e "s|@FOLDER@|$trial/nginx|g" -e "s|@PORT@|$port|g" -e "s|@NODE_A@|${node_ports[0]}|g" -e "s|@NODE_B@|${node_ports[1]}|g" \
  deploy/nginx.conf >"$trial/nginx/nginx.conf"
nginx -p "$trial/nginx" -c "$trial/nginx/nginx.conf" -g "daemon off;" &
nginx_pid=$!
wait_ready "http://127.0.0.1:$port/health/ready" || { cat "$trial/nginx/nginx-error.log" 2>/dev/null; fail "nginx is not answering"; }

if $check_only; then
  # Each node answers on its own, and the proxy gives a browser its affinity cookie.
  proxy="http://127.0.0.1:$port" jar="$trial/cookies"
  curl -s -c "$jar" -D - -o /dev/null "$proxy/login" | grep -qi '^set-cookie: desk_node=' || fail "no affinity cookie through nginx"
  # A circuit's WebSocket passes through to the node that negotiated it: the upgrade answers 101.
  token=$(curl -s -b "$jar" -X POST "$proxy/_blazor/negotiate?negotiateVersion=1" | sed -n 's/.*"connectionToken":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || fail "no circuit negotiation through nginx"
  upgrade=$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' --max-time 3 -H "Connection: Upgrade" -H "Upgrade: websocket" \
    -H "Sec-WebSocket-Version: 13" -H "Sec-WebSocket-Key: $(head -c 16 /dev/urandom | base64)" "$proxy/_blazor?id=$token" || true)
  [ "$upgrade" = 101 ] || fail "no WebSocket through nginx (answered $upgrade)"
  echo "two-nodes: both nodes ready; nginx in front on port $port keeps a browser on one node and passes WebSockets"
  exit 0
fi

cat <<BANNER

ComplaintDesk runs as two nodes behind nginx: open http://127.0.0.1:$port
  node a: http://127.0.0.1:${node_ports[0]}   node b: http://127.0.0.1:${node_ports[1]}   logs: $trial/node-*.log
  PostgreSQL on port $postgres_port (database desk), Redis on port $redis_port
  Demo sign-ins are those in the README. Ctrl-C stops everything.

BANNER
wait "$nginx_pid"
