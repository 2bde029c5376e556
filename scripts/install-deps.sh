#!/usr/bin/env bash
# Installs the Debian 12 packages Balgul needs to build, run and test.
# Installs only what is missing; uses sudo when not run as root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build lld pkg-config git file dpkg-dev libgl-dev libxkbcommon-dev
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-positioning-dev libqt6positioning6-plugins
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite
  qt6-qpa-plugins libqt6svg6 qtkeychain-qt6-dev
  libpoco-dev libsqlite3-dev sqlite3 libpq-dev postgresql-15 tzdata libssl-dev libargon2-dev
  xvfb xauth x11-apps imagemagick fonts-noto-cjk curl
)
for option in "$@"; do
  case "$option" in
    # What the tests and the fuzz targets need beyond building and running.
    --dev) packages+=(clang clang-format libclang-rt-14-dev xdotool dbus-daemon dbus-bin) ;;
    # The benchmarks' reference (ogr2ogr loads the same GeoJSON: tests/bench/README.md).
    --bench) packages+=(gdal-bin) ;;
    *) echo "usage: scripts/install-deps.sh [--dev] [--bench]" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages are present"
  exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
