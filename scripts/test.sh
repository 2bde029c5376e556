#!/usr/bin/env bash
# Sets everything up, builds with warnings as errors and runs every test; runs the core, hub and
# integration tests again on an optimised build; then builds the core again with AddressSanitizer
# and UndefinedBehaviorSanitizer and runs its tests.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh --dev
export QT_QPA_PLATFORM=offscreen

cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci

# The core, hub and integration suites again on an optimised build (timing-sensitive tests such as
# the crash test must hold on any build type; the UI suites ran above).
cmake --preset ci-release >/dev/null
cmake --build --preset ci-release
ctest --preset ci-release

cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan

# The parsers' libFuzzer targets, 30 s each (scripts/fuzz.sh): with eleven targets, 60 s each took
# a fresh 2-core machine's whole run past an hour.
bash scripts/fuzz.sh 30
