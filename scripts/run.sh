#!/usr/bin/env bash
# Sets everything up and opens Balgul on a demo profile, signed in to a local city hub.
#   scripts/run.sh [--as mina|jun|lab] [balgul options...]     e.g. --language ko
# The hub (127.0.0.1:8470, demo accounts mina, jun and lab, password "balgul-demo") keeps
# running after the window closes; stop it with: kill "$(cat "$demo/hub.pid")".
set -euo pipefail
cd "$(dirname "$0")/.."

account=mina
if [[ "${1:-}" == "--as" ]]; then
  account="${2:?--as needs mina, jun or lab}"
  shift 2
fi

bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

bin=build/release/app
demo="${BALGUL_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/balgul-demo}"
hub_dir="$demo/hub"
profile="$demo/profile-$account"
port="${BALGUL_DEMO_PORT:-8470}"
url="http://127.0.0.1:$port"
password="balgul-demo"
mkdir -p "$hub_dir" "$profile"

hub_up() { curl -fsS --max-time 2 "$url/v1/info" >/dev/null 2>&1; }

if [[ ! -f "$hub_dir/hub.sqlite" ]]; then
  echo "Balgul: creating the demo hub in $hub_dir (accounts mina, jun, lab; password $password)"
  for user in "mina citizen 김민아" "jun citizen 이준" "lab coordinator 대전리빙랩"; do
    read -r login role name <<<"$user"
    printf '%s\n' "$password" | "$bin/hub/balgul-hub" user add "$login" --role "$role" \
      --display-name "$name" --password-stdin --data-dir "$hub_dir" >/dev/null
  done
fi
if ! hub_up; then
  echo "Balgul: starting the hub on $url (log: $demo/hub.log)"
  nohup "$bin/hub/balgul-hub" serve --data-dir "$hub_dir" --port "$port" >"$demo/hub.log" 2>&1 &
  echo $! >"$demo/hub.pid"
  for _ in $(seq 50); do hub_up && break; sleep 0.2; done
  hub_up || { echo "Balgul: the hub did not start; see $demo/hub.log" >&2; exit 1; }
fi
if [[ ! -f "$profile/hub-token" ]]; then
  printf '%s\n' "$password" | "$bin/cli/balgul-cli" --data-dir "$profile" login --hub "$url" \
    --user "$account" --password-stdin
fi

echo "Balgul: profile $profile, signed in to $url as $account"
app=("$bin/desktop/balgul" --data-dir "$profile" "$@")
[[ "$account" == mina ]] && app+=(--demo 2000)
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "Balgul: no display found; starting under a virtual X server (xvfb-run)" >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "${app[@]}"
fi
exec "${app[@]}"
