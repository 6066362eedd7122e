#!/usr/bin/env bash
# Starts the desktop app through LAUNCHER on a private Xvfb display RUNS times and prints, for each run, the
# time from starting the launcher to the main window being mapped ("Event Inspector…" title), then the
# median. With SCREENSHOT it also saves the screen of the last run once the store has opened.
# Each run gets a fresh HOME (so a fresh default store and preferences); JavaFX unpacks its native
# libraries into HOME on a first start, so run 1 is a first start and later runs share run 1's HOME.
# Usage: [WINDOW_DEADLINE_SECONDS=60] jpackage/window-time.sh LAUNCHER [RUNS] [SCREENSHOT]
set -euo pipefail

launcher=$1
runs=${2:-1}
screenshot=${3:-}
window_title='^Event Inspector'
deadline_seconds=${WINDOW_DEADLINE_SECONDS:-60}

work=$(mktemp -d)
xvfb_pid=
app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# -displayfd lets Xvfb pick a free display and write its number once it accepts connections.
Xvfb -displayfd 5 -screen 0 1366x860x24 -nolisten tcp 5>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 1 100); do
  [ -s "$work/display" ] && break
  sleep 0.1
done
[ -s "$work/display" ] || { echo "Xvfb did not start:" >&2; cat "$work/xvfb.log" >&2; exit 1; }
export DISPLAY=":$(head -n 1 "$work/display")"
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"

now_ms() { date +%s%3N; }
# CPU time (user + system, all threads) the process has used so far, in ms: on a shared, loaded machine
# this says more about the app than the wall clock does.
cpu_ms() { awk -v tick="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / tick) }' "/proc/$1/stat"; }

times=()
cpus=()
for run in $(seq 1 "$runs"); do
  rm -rf "$XDG_DATA_HOME/event-inspector" "$HOME/.java"
  start=$(now_ms)
  "$launcher" >"$work/app.log" 2>&1 &
  app_pid=$!
  shown=
  while [ $(( $(now_ms) - start )) -lt $(( deadline_seconds * 1000 )) ] && kill -0 "$app_pid" 2>/dev/null; do
    if xdotool search --onlyvisible --name "$window_title" >/dev/null 2>&1; then
      shown=$(now_ms)
      cpu=$(cpu_ms "$app_pid")
      break
    fi
    sleep 0.02
  done
  if [ -z "$shown" ]; then
    echo "run $run: no window titled 'Event Inspector' within ${deadline_seconds}s; the app said:" >&2
    cat "$work/app.log" >&2
    exit 1
  fi
  elapsed=$(( shown - start ))
  times+=("$elapsed")
  cpus+=("$cpu")
  printf 'run %d: window after %d.%03d s (CPU %d.%03d s)\n' "$run" $(( elapsed / 1000 )) $(( elapsed % 1000 )) \
    $(( cpu / 1000 )) $(( cpu % 1000 ))
  if [ "$run" = "$runs" ] && [ -n "$screenshot" ]; then
    # The title drops "opening …" once the store is open and the table has its first page.
    for _ in $(seq 1 150); do
      xdotool search --onlyvisible --name "$window_title" getwindowname 2>/dev/null | grep -qv 'opening' && break
      sleep 0.1
    done
    sleep 1 # one more second for the first page to be painted: this is a picture, not a measurement
    mkdir -p "$(dirname "$screenshot")"
    import -window root "$screenshot"
    echo "screenshot: $screenshot"
  fi
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=
done

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( $# / 2 + 1 ))p"; }
wall=$(median "${times[@]}")
cpu=$(median "${cpus[@]}")
printf 'median of %d: window after %d.%03d s (CPU %d.%03d s)\n' "$runs" $(( wall / 1000 )) $(( wall % 1000 )) \
  $(( cpu / 1000 )) $(( cpu % 1000 ))
