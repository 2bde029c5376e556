#!/usr/bin/env bash
# Runs the store benchmark and the supercluster reference on the same points and viewports,
# then prints both sets of figures side by side. Builds nothing.
#
# usage: tests/bench/run_store_bench.sh [--cli PATH] [--problems N] [--store FILE] [--seed S]
#   --cli PATH     balgul-cli to run (default: build/app/cli/balgul-cli under the source root)
#   --problems N   problems in the store (default 1000000)
#   --store FILE   keep the filled store in FILE, so a second run skips the fill
#   --seed S       seed of the demo data and the viewports (default 1)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cli="$root/build/app/cli/balgul-cli"
problems=1000000
seed=1
store_args=()

while [ $# -gt 0 ]; do
    case "$1" in
        --cli) cli=$2; shift 2 ;;
        --problems) problems=$2; shift 2 ;;
        --store) store_args=(--store "$2"); shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "run_store_bench.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done

if [ ! -x "$cli" ]; then
    echo "run_store_bench.sh: no balgul-cli at $cli (build it, or pass --cli PATH)" >&2
    exit 1
fi
if ! command -v node >/dev/null; then
    echo "run_store_bench.sh: Node.js 20 is needed for the supercluster reference" >&2
    exit 1
fi
if [ ! -d "$here/node_modules/supercluster" ]; then
    echo "installing supercluster into $here/node_modules"
    (cd "$here" && npm ci --no-audit --no-fund --silent)
fi

out=$(mktemp -d "${TMPDIR:-/tmp}/balgul-bench-export-XXXXXX")
trap 'rm -rf "$out"' EXIT

echo "== Balgul =="
"$cli" "${store_args[@]}" bench store --problems "$problems" --seed "$seed" --export "$out"
echo
echo "== supercluster =="
node --max-old-space-size=8192 "$here/supercluster_bench.mjs" "$out"
echo
echo "== side by side =="
node "$here/compare.mjs" "$out"
