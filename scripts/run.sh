#!/usr/bin/env bash
# Sets everything up and opens Balgul on a demo profile, signed in to a local city hub.
#   scripts/run.sh [--as mina|jun|lab] [balgul options...]     e.g. --language ko
# The hub (127.0.0.1:8470, demo accounts mina, jun, lab and four neighbours, password "balgul-demo") keeps
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
# Voting on the lab's next pilots, once: a round open for two weeks (mina has not voted yet) and a
# round the residents voted in and the lab closed, with its published results.
if [[ ! -f "$demo/seeded-voting" ]]; then
  echo "Balgul: opening the demo's voting rounds"
  cli=("$bin/cli/balgul-cli")
  if ! "$bin/hub/balgul-hub" user list --data-dir "$hub_dir" 2>/dev/null | grep -q seoyeon; then
    for user in "seoyeon 박서연" "dohyun 최도현" "jiwoo 정지우" "haneul 강하늘"; do
      read -r login name <<<"$user"
      printf '%s\n' "$password" | "$bin/hub/balgul-hub" user add "$login" --role citizen \
        --display-name "$name" --password-stdin --data-dir "$hub_dir" >/dev/null
    done
  fi
  sign_in lab
  closing=$("${cli[@]}" --data-dir "$demo/profile-lab" round demo | tail -n 1)
  "${cli[@]}" --data-dir "$demo/profile-lab" sync >/dev/null
  votes=("mina 1,2" "jun 2,4" "seoyeon 1,2,3" "dohyun 3" "jiwoo 2,3,4" "haneul 1,4")
  for vote in "${votes[@]}"; do
    read -r login choice <<<"$vote"
    sign_in "$login"
    "${cli[@]}" --data-dir "$demo/profile-$login" sync >/dev/null
    "${cli[@]}" --data-dir "$demo/profile-$login" round vote "$closing" --choose "$choice" >/dev/null
    "${cli[@]}" --data-dir "$demo/profile-$login" sync >/dev/null
  done
  "${cli[@]}" --data-dir "$demo/profile-lab" round close "$closing" >/dev/null
  "${cli[@]}" --data-dir "$demo/profile-lab" sync >/dev/null
  "${cli[@]}" --data-dir "$demo/profile-mina" sync >/dev/null
  touch "$demo/seeded-voting"
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
