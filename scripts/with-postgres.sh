#!/usr/bin/env bash
# with-postgres.sh COMMAND [ARGS...]
#
# Creates a throwaway PostgreSQL cluster (initdb -A trust in a temporary folder, listening only on
# 127.0.0.1 and a free port), runs COMMAND with BALGUL_TEST_DB=postgresql://postgres@127.0.0.1:PORT
# in its environment, then always stops the cluster and deletes it. Exits with COMMAND's status,
# or 77 (the CTest skip code) when PostgreSQL's server programs are not installed.
#
# initdb refuses to run as root: as root, the cluster is made and run as the `postgres` user.
set -euo pipefail

if [[ $# -eq 0 ]]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

find_pg_bin() {
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    dirname "$(command -v initdb)"
    return
  fi
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return
    fi
  done
}

pg_bin=$(find_pg_bin)
if [[ -z "$pg_bin" ]]; then
  echo "with-postgres: SKIP: PostgreSQL is not installed (no initdb or pg_ctl;" \
    "apt-get install postgresql-15)" >&2
  exit 77
fi

as_owner=()
if [[ $(id -u) -eq 0 ]]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "with-postgres: SKIP: running as root and there is no postgres user to run the cluster" >&2
    exit 77
  fi
  as_owner=(runuser -u postgres --)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/balgul-pg.XXXXXX")
chmod 700 "$work"
[[ ${#as_owner[@]} -gt 0 ]] && chown postgres: "$work"
started=0

cleanup() {
  local status=$?
  if [[ $started -eq 1 ]]; then
    "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"${as_owner[@]}" "$pg_bin/initdb" --no-sync -A trust -U postgres -E UTF8 --locale=C.UTF-8 -D "$work/data" \
  >"$work/initdb.log" 2>&1 || {
  cat "$work/initdb.log" >&2
  echo "with-postgres: initdb failed" >&2
  exit 1
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

port=""
for _ in $(seq 1 20); do
  candidate=$((20000 + RANDOM % 40000))
  port_in_use "$candidate" && continue
  if "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $candidate -k $work -c max_connections=200" start >/dev/null; then
    port=$candidate
    started=1
    break
  fi
done
if [[ -z "$port" ]]; then
  cat "$work/server.log" >&2 || true
  echo "with-postgres: the server did not start" >&2
  exit 1
fi

export BALGUL_TEST_DB="postgresql://postgres@127.0.0.1:$port"
echo "with-postgres: PostgreSQL $("$pg_bin/pg_ctl" --version | awk '{print $3}') on $BALGUL_TEST_DB" >&2
set +e
"$@"
status=$?
set -e
exit "$status"
