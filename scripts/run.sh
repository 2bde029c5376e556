#!/usr/bin/env bash
# Sets everything up and opens Balgul on a demo profile.
#   scripts/run.sh [balgul options...]     e.g. --language ko
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

data="${BALGUL_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/balgul-demo}"
echo "Balgul: demo profile in $data"
app=(build/release/app/desktop/balgul --data-dir "$data" --demo 2000 "$@")
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "Balgul: no display found; starting under a virtual X server (xvfb-run)" >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "${app[@]}"
fi
exec "${app[@]}"
