#!/usr/bin/env bash
# Sets everything up, builds with warnings as errors and runs every test; then builds
# the core again with AddressSanitizer and UndefinedBehaviorSanitizer and runs its tests.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh --dev
export QT_QPA_PLATFORM=offscreen

cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci

cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan
