#!/usr/bin/env bash
# Sets everything up, builds with warnings as errors and runs every test (the hub and integration
# suites also on PostgreSQL); runs the core, hub and integration suites again on an optimised build;
# then builds every parser's libFuzzer target with clang, AddressSanitizer and UndefinedBehaviorSanitizer
# and runs each for 20 s.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh --dev
export QT_QPA_PLATFORM=offscreen

# The CI presets compile the libraries' sources in batches (BALGUL_UNITY), link with lld and keep
# line tables only (-g1): enough for a backtrace, and far less to compile and link.
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci

# The core, hub and integration suites again on an optimised build (timing-sensitive tests such as
# the crash test must hold on any build type; the UI suites and the PostgreSQL run ran above).
cmake --preset ci-release >/dev/null
cmake --build --preset ci-release
ctest --preset ci-release

# The parsers' libFuzzer targets (the fuzz preset), 20 s each, two at a time. The asan preset runs
# the suites under the sanitizers: cmake --preset asan && cmake --build --preset asan && ctest --preset asan.
bash scripts/fuzz.sh 20
