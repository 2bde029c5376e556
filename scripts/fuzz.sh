#!/usr/bin/env bash
# Builds the parsers' libFuzzer targets (in the fuzz preset's build: clang, ASan, UBSan) and runs each
# for SECONDS (default 60), two at a time (one per core). Fails when a target crashes, hangs or a check
# of tests/fuzz/fuzz_checks.h fails; the input that did it is kept in build/fuzz/fuzz/artifacts/<target>/
# (replay it with `build/fuzz/tests/fuzz/balgul_fuzz_<target> FILE`, then keep it in
# tests/fuzz/regressions/<target>/ once fixed).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]      targets: json geojson sensor_csv sensor_json gpx
#                                                       sync_protocol station_protocol pilot_zone open311
#                                                       pabulib voting_json greenbutton apple_health
#                                                       consent_json share_json
#
# Each target starts from its seed corpus, put together here: the hand-written seeds of
# tests/fuzz/seeds/<target>/ and, when the folder is there, the real sample files of ../shared/data
# (or $BALGUL_SHARED_DATA). What a run learns stays in build/fuzz/fuzz/corpus/<target>/ for the next
# run.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2; exit 2; }
shift || true
all=(json geojson sensor_csv sensor_json gpx sync_protocol station_protocol pilot_zone open311 pabulib
     voting_json greenbutton apple_health consent_json share_json)
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=("${all[@]}")

bin=build/fuzz/tests/fuzz
build=build/fuzz/fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]/#/balgul_fuzz_}"

shared=${BALGUL_SHARED_DATA:-../shared/data}
if [[ ! -d "$shared" ]]; then
  echo "fuzz: $shared is absent: the targets start from the hand-written seeds only"
  shared=""
fi

# The real files a target's seeds take from $shared (globs under it).
real_seeds() {
  case "$1" in
    sensor_csv) echo "sensor_community/*.csv purpleair/*.csv" ;;
    gpx) echo "gpx/*.gpx greenbutton/Electric.xml" ;;
    pabulib) echo "pabulib/*.pb" ;;
    greenbutton) echo "greenbutton/*.xml" ;;
    apple_health) echo "health/export.xml" ;;
    *) echo "" ;;
  esac
}

# One target's run; its status goes to $build/logs/<target>.status.
run_target() {
  local target=$1
  local binary=$bin/balgul_fuzz_$target
  local seeds=$build/seeds/$target corpus=$build/corpus/$target artifacts=$build/artifacts/$target
  local log=$build/logs/$target.log
  rm -rf "$seeds"
  mkdir -p "$seeds" "$corpus" "$artifacts" "$(dirname "$log")"
  cp tests/fuzz/seeds/"$target"/* "$seeds"/
  if [[ -n "$shared" ]]; then
    for pattern in $(real_seeds "$target"); do
      for file in "$shared"/$pattern; do
        [[ -f "$file" ]] && cp "$file" "$seeds"/
      done
    done
  fi
  local options=(-max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 -print_final_stats=1
                 -artifact_prefix="$artifacts/")
  [[ -f tests/fuzz/dict/$target.dict ]] && options+=(-dict=tests/fuzz/dict/$target.dict)
  # Whole sensor files and tracks are seeds, but a few kilobytes reach every path and run far faster.
  case "$target" in
    sensor_csv|greenbutton|apple_health) options+=(-max_len=4096) ;;
    gpx|pabulib) options+=(-max_len=8192) ;;
  esac
  echo "fuzz: $target for ${seconds}s ($(ls "$seeds" | wc -l) seeds, $(ls "$corpus" | wc -l) in the corpus)"
  local status=0
  "$binary" "${options[@]}" "$corpus" "$seeds" >"$log" 2>&1 || status=$?
  local runs speed
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  echo "fuzz: $target: ${runs:-?} inputs, ${speed:-?} exec/s, $(ls "$corpus" | wc -l) in the corpus"
  if [[ $status -ne 0 ]]; then
    echo "fuzz: $target FAILED (exit $status); the end of $log:" >&2
    tail -n 40 "$log" >&2
  fi
  echo "$status" >"$build/logs/$target.status"
}

for target in "${targets[@]}"; do
  [[ -x "$bin/balgul_fuzz_$target" ]] || { echo "fuzz: unknown target $target" >&2; exit 2; }
done
rm -f "$build"/logs/*.status
# Two at a time: one per core.
jobs=${BALGUL_FUZZ_JOBS:-2}
running=0
for target in "${targets[@]}"; do
  if (( running >= jobs )); then
    wait -n || true
    running=$((running - 1))
  fi
  run_target "$target" &
  running=$((running + 1))
done
wait
failed=()
for target in "${targets[@]}"; do
  [[ "$(cat "$build/logs/$target.status" 2>/dev/null)" == 0 ]] || failed+=("$target")
done

if [[ ${#failed[@]} -gt 0 ]]; then
  echo "fuzz: failed: ${failed[*]} (inputs in $build/artifacts/)" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} targets ran ${seconds}s each without a finding"
