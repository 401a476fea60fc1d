# Starts and stops the engines a multi-node desk needs, each on loopback in a folder of the caller's, as a
# process of its own stopped by its process id. Sourced by test.sh and deploy/two-nodes.sh; bash only.
# Every start_* function sets <engine>_pid and <engine>_port and returns non-zero when the engine did not start.

postgres_bin=/usr/lib/postgresql/15/bin
postgres_pid="" postgres_port="" postgres_password=""
redis_pid="" redis_port=""

# Installs Debian packages when a command is missing: apt-get, through sudo unless already root.
install_when_missing() {
  local command=$1; shift
  command -v "$command" >/dev/null || [ -x "$command" ] && return 0
  local sudo_if_needed=""
  [ "$(id -u)" -ne 0 ] && sudo_if_needed="sudo"
  $sudo_if_needed apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_if_needed apt-get install -y -qq "$@" >/dev/null
}

# A port nobody listens on now; callers retry, as another process may take it first.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start_postgres FOLDER [SERVER OPTIONS]: a new cluster in FOLDER/postgres, user "desk" with a random password.
# PostgreSQL refuses to run as root: then the cluster belongs to the postgres user (or nobody).
start_postgres() {
  local folder=$1; shift
  install_when_missing "$postgres_bin/pg_ctl" postgresql-15 || return 1
  local as_owner=()
  if [ "$(id -u)" -eq 0 ]; then
    local owner=postgres
    id -u "$owner" >/dev/null 2>&1 || owner=nobody
    as_owner=(runuser -u "$owner" --)
    chown "$owner" "$folder"
  fi
  local data="$folder/postgres"
  postgres_password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
  "${as_owner[@]}" bash -c "printf '%s\n' '$postgres_password' > '$folder/postgres-password'"
  "${as_owner[@]}" "$postgres_bin/initdb" -D "$data" -U desk --pwfile="$folder/postgres-password" \
    --auth-host=scram-sha-256 --auth-local=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >/dev/null || return 1
  local attempt
  for attempt in 1 2 3 4 5; do
    postgres_port=$(free_port)
    "${as_owner[@]}" "$postgres_bin/pg_ctl" -D "$data" -l "$folder/postgres.log" -w -t 60 start \
      -o "-h 127.0.0.1 -p $postgres_port -k $data $*" >/dev/null \
      && { postgres_pid=$(head -n 1 "$data/postmaster.pid"); return 0; }
  done
  return 1
}

stop_postgres() {
  [ -n "$postgres_pid" ] || return 0
  kill -INT "$postgres_pid" 2>/dev/null  # SIGINT: PostgreSQL's fast shutdown
  while kill -0 "$postgres_pid" 2>/dev/null; do sleep 0.2; done
  postgres_pid=""
}

# The Npgsql connection string of the started cluster, for DATABASE.
postgres_connection() {
  echo "Host=127.0.0.1;Port=$postgres_port;Username=desk;Password=$postgres_password;Database=$1"
}

# start_redis FOLDER: Debian's redis-server as a child of this shell, keeping nothing on disk.
start_redis() {
  local folder=$1
  install_when_missing redis-server redis-server || return 1
  mkdir -p "$folder/redis"
  local attempt wait
  for attempt in 1 2 3 4 5; do
    redis_port=$(free_port)
    redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize no --dir "$folder/redis" \
      >"$folder/redis.log" 2>&1 &
    redis_pid=$!
    for wait in $(seq 50); do
      listening "$redis_port" && return 0
      kill -0 "$redis_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill "$redis_pid" 2>/dev/null; wait "$redis_pid" 2>/dev/null; redis_pid=""
  done
  return 1
}

stop_redis() {
  [ -n "$redis_pid" ] || return 0
  kill -TERM "$redis_pid" 2>/dev/null
  wait "$redis_pid" 2>/dev/null
  redis_pid=""
}

# start_smtp4dev FOLDER: Rnwood.Smtp4dev (a local dotnet tool, see .config/dotnet-tools.json) on loopback, keeping its
# messages in memory: an SMTP port for the desk, an IMAP port serving what arrived as a mailbox, and a web port whose API
# shows what arrived. The tool's command starts
# the server as a child process, so it runs in a process group of its own, stopped as one.
smtp4dev_pid="" smtp4dev_port="" smtp4dev_web_port="" smtp4dev_imap_port=""
start_smtp4dev() {
  local folder=$1
  dotnet tool restore >/dev/null || return 1
  mkdir -p "$folder/smtp4dev"
  local attempt wait
  for attempt in 1 2 3 4 5; do
    smtp4dev_port=$(free_port) smtp4dev_web_port=$(free_port) smtp4dev_imap_port=$(free_port)
    setsid dotnet smtp4dev --bindaddress=127.0.0.1 --smtpport="$smtp4dev_port" --urls="http://127.0.0.1:$smtp4dev_web_port" \
      --imapport="$smtp4dev_imap_port" --pop3port="$(free_port)" --db= --nousersettings --baseappdatapath="$folder/smtp4dev" \
      >"$folder/smtp4dev.log" 2>&1 &
    smtp4dev_pid=$!
    for wait in $(seq 600); do
      listening "$smtp4dev_port" && listening "$smtp4dev_web_port" && listening "$smtp4dev_imap_port" && return 0
      kill -0 "$smtp4dev_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -TERM -- "-$smtp4dev_pid" 2>/dev/null; wait "$smtp4dev_pid" 2>/dev/null; smtp4dev_pid=""
  done
  return 1
}

stop_smtp4dev() {
  [ -n "$smtp4dev_pid" ] || return 0
  kill -TERM -- "-$smtp4dev_pid" 2>/dev/null
  wait "$smtp4dev_pid" 2>/dev/null
  smtp4dev_pid=""
}
