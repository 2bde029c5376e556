#!/usr/bin/env bash
# Sets everything up, builds with warnings as errors and runs every test; runs the core, hub and
# integration tests again on an optimised build; then builds the core, hub and CLI once more with
# clang, AddressSanitizer and UndefinedBehaviorSanitizer (and coverage for the fuzz targets), runs
# their tests on it, and runs every parser's fuzz target from the same build.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh --dev
export QT_QPA_PLATFORM=offscreen

cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci

# The core, hub and integration suites again on an optimised build (timing-sensitive tests such as
# the crash test must hold on any build type; the UI suites and the PostgreSQL run ran above). The CI
# presets keep line tables only (-g1): enough for a backtrace, and far less to compile and link.
cmake --preset ci-release >/dev/null
cmake --build --preset ci-release
ctest --preset ci-release

cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan

# The parsers' libFuzzer targets, 20 s each, two at a time (scripts/fuzz.sh; built above).
bash scripts/fuzz.sh 20
