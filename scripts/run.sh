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
sign_in() { # LOGIN: the demo profile of LOGIN, signed in to the hub
  local dir="$demo/profile-$1"
  mkdir -p "$dir"
  if [[ ! -f "$dir/hub-token" ]]; then
    printf '%s\n' "$password" | "$bin/cli/balgul-cli" --data-dir "$dir" login --hub "$url" \
      --user "$1" --password-stdin >/dev/null
  fi
}

# The city's first reports and the lab's work on them, once: mina files 300 problems; the living
# lab (a coordinator) triages a few and runs two pilots, one with a month of evidence from demo
# air stations in its zone.
if [[ ! -f "$demo/seeded" ]]; then
  echo "Balgul: filling the demo hub (mina's reports, the lab's triage and pilots)"
  cli=("$bin/cli/balgul-cli")
  sign_in mina
  "${cli[@]}" --data-dir "$demo/profile-mina" demo --count 300 --seed 3 --share >/dev/null
  "${cli[@]}" --data-dir "$demo/profile-mina" sync >/dev/null
  sign_in lab
  "${cli[@]}" --data-dir "$demo/profile-lab" sync >/dev/null
  mapfile -t queue < <("${cli[@]}" --data-dir "$demo/profile-lab" triage --limit 6 | awk 'NR > 1 {print $5}')
  notes=("confirmed Seen on site; the district office is told." "confirmed Measured: above the daily limit."
         "in_progress Repairs ordered for next week." "resolved Fixed on site; photos in the comments.")
  for i in "${!notes[@]}"; do
    [[ -n "${queue[$i]:-}" ]] || break
    read -r status note <<<"${notes[$i]}"
    "${cli[@]}" --data-dir "$demo/profile-lab" problem status "${queue[$i]}" "$status" --note "$note" >/dev/null
  done
  "${cli[@]}" --data-dir "$demo/profile-lab" pilot demo >/dev/null
  "${cli[@]}" --data-dir "$demo/profile-lab" sync >/dev/null
  touch "$demo/seeded"
fi
sign_in "$account"

echo "Balgul: profile $profile, signed in to $url as $account"
app=("$bin/desktop/balgul" --data-dir "$profile" "$@")
[[ "$account" == mina ]] && app+=(--demo 2000)
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "Balgul: no display found; starting under a virtual X server (xvfb-run)" >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "${app[@]}"
fi
exec "${app[@]}"
