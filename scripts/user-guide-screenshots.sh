#!/usr/bin/env bash
# Takes the user guide's screenshots from the running app, so they are redone when the UI changes:
#   scripts/user-guide-screenshots.sh [APP_DIR]      (default build/release/app)
# Starts a throwaway hub with the demo accounts, a virtual X server (1280×800), and Balgul in
# English and in Korean on demo profiles, walks the guide's journeys with xdotool and writes
# docs/images/user-guide/<en|ko>-<step>.png. Needs Xvfb, xdotool and ImageMagick
# (scripts/install-deps.sh --dev installs them).
set -euo pipefail
cd "$(dirname "$0")/.."

app_dir="${1:-build/release/app}"
for tool in Xvfb xdotool import convert curl; do
  command -v "$tool" >/dev/null || { echo "$0: $tool is missing (scripts/install-deps.sh --dev)" >&2; exit 2; }
done
for bin in hub/balgul-hub cli/balgul-cli desktop/balgul; do
  [[ -x "$app_dir/$bin" ]] || { echo "$0: no $app_dir/$bin; build first (cmake --build --preset release)" >&2; exit 2; }
done
hub_bin="$(realpath "$app_dir/hub/balgul-hub")"
cli_bin="$(realpath "$app_dir/cli/balgul-cli")"
app_bin="$(realpath "$app_dir/desktop/balgul")"

out="docs/images/user-guide"
mkdir -p "$out"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The sensor file the README uses, when the shared sample data is there.
shared="${BALGUL_SHARED_DATA:-../shared/data}"
sensor_file="$(find "$shared" -name '2019-03-09_sds011_sensor_22885.csv' 2>/dev/null | head -n1 || true)"

# --- a throwaway hub with the demo accounts ----------------------------------------------------
password="balgul-demo"
for user in "mina citizen 김민아" "jun citizen 이준" "lab coordinator 대전리빙랩"; do
  read -r login role name <<<"$user"
  printf '%s\n' "$password" | "$hub_bin" user add "$login" --role "$role" --display-name "$name" \
    --password-stdin --data-dir "$work/hub" >/dev/null
done
"$hub_bin" serve --data-dir "$work/hub" --port 0 >"$work/hub.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do grep -q 'listening on' "$work/hub.log" && break; sleep 0.1; done
port="$(sed -n 's/.*listening on .*:\([0-9]*\)$/\1/p' "$work/hub.log" | head -n1)"
[[ -n "$port" ]] || { echo "$0: the hub did not start:" >&2; cat "$work/hub.log" >&2; exit 1; }
hub_url="http://127.0.0.1:$port"

# --- a virtual screen --------------------------------------------------------------------------
display=":$((90 + RANDOM % 400))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY="$display"
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

shot() { # shot NAME: the whole screen, reduced to 256 colours to keep the repository small
  sleep "${2:-0.8}"
  import -window root "$work/shot.png"
  convert "$work/shot.png" -crop "$(window_geometry)" +repage -colors 256 "PNG8:$out/$lang-$1.png"
  echo "  $out/$lang-$1.png"
}
window_geometry() { # the main window's frame as WxH+X+Y (the whole screen if none)
  local id
  id="$(xdotool search --onlyvisible --classname '^balgul$' 2>/dev/null | head -n1 || true)"
  if [[ -z "$id" ]]; then echo "1280x800+0+0"; return; fi
  eval "$(xdotool getwindowgeometry --shell "$id")"
  echo "$((WIDTH < 1280 ? WIDTH : 1280))x$((HEIGHT < 800 ? HEIGHT : 800))+$X+$Y"
}
main_window() { xdotool search --sync --onlyvisible --classname '^balgul$' | head -n1; }
click_at() { xdotool mousemove --sync "$1" "$2" click 1; }
# There is no window manager on the virtual screen: give the keyboard to the newest window of the
# app (a dialog when one is open, else the main window) before typing.
focus_top() {
  local id
  id="$(xdotool search --onlyvisible --classname '^balgul$' 2>/dev/null | tail -n1 || true)"
  [[ -n "$id" ]] && xdotool windowfocus --sync "$id" 2>/dev/null || true
}
keys() { focus_top; xdotool key --delay 80 "$@"; }
typed() { focus_top; xdotool type --delay 60 "$1"; }

for lang in en ko; do
  echo "Balgul: screenshots in $lang"
  profile="$work/profile-$lang"
  mkdir -p "$profile"
  printf '%s\n' "$password" | "$cli_bin" --data-dir "$profile" login --hub "$hub_url" --user mina \
    --password-stdin >/dev/null
  if [[ -n "$sensor_file" ]]; then
    "$cli_bin" --data-dir "$profile" import-sensor "$sensor_file" >/dev/null
  fi
  "$app_bin" --data-dir "$profile" --demo 400 --language "$lang" --tiles none >"$work/app-$lang.log" 2>&1 &
  app_pid=$!
  pids+=("$app_pid")
  win="$(main_window)"
  xdotool windowsize --sync "$win" 1280 800 windowmove --sync "$win" 0 0 || true
  xdotool mousemove 640 400
  sleep 3
  shot 01-main 1

  # Find: type in the search field (Ctrl+F); Korean substrings work.
  keys ctrl+f
  typed "미세먼지"
  shot 02-search
  keys ctrl+a BackSpace

  # A problem's details: the first row of the list.
  keys ctrl+f Tab Tab Tab Tab Down
  shot 03-details

  # Add a problem: Ctrl+N, then a click on the map, then the form.
  keys ctrl+n
  eval "$(xdotool getwindowgeometry --shell "$win")"
  click_at "$((X + WIDTH * 55 / 100))" "$((Y + HEIGHT * 35 / 100))"
  sleep 1.5
  if [[ "$lang" == ko ]]; then
    title="둔산동 공사장 비산먼지"; description="덮개 없는 흙더미에서 먼지가 날립니다."
  else
    title="Dust from the building site"; description="Uncovered soil heaps blow dust onto the street."
  fi
  typed "$title"
  # Tab to the category; Down picks the first one (fine dust); Tab to the description.
  keys Tab Down Tab
  typed "$description"
  shot 04-add-problem
  keys Escape
  shot 05-discard-question
  keys Escape
  keys ctrl+Return
  sleep 1

  # Sync with the hub (F5) and the status bar.
  keys F5
  shot 06-synced 3

  # Preferences: the city hub, the base map.
  keys alt+s
  sleep 0.5
  keys Down Return
  sleep 1.5
  shot 07-preferences
  keys Escape

  # Help menu.
  keys alt+h
  shot 08-help-menu
  keys Escape

  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
done
echo "Balgul: screenshots written to $out/"
