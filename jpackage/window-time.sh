#!/usr/bin/env bash
# Starts the desktop app through LAUNCHER on a private Xvfb display RUNS times and prints, for each run, the
# time from starting the launcher to its main window being mapped and to the first page of events being shown
# (the app logs that moment), then the medians. The store is the default one, or WHATSAPP_DB_URL's. With
# SCREENSHOT it also saves the screen of the last run once the first page is shown.
# Nothing is polled: on two cores, running xdotool or grep every 20 ms delayed the app it timed by ~0.7 s. The
# window comes from xev's stream of the root window's events, the page from the app's own stderr, each line
# stamped as it arrives with bash's clock.
# Each run gets a fresh HOME (so a fresh default store and preferences); JavaFX unpacks its native
# libraries into HOME on a first start, so run 1 is a first start and later runs share run 1's HOME.
# Usage: [WINDOW_DEADLINE_SECONDS=60] [WHATSAPP_DB_URL=…] jpackage/window-time.sh LAUNCHER [RUNS] [SCREENSHOT]
set -euo pipefail

launcher=$1
runs=${2:-1}
screenshot=${3:-}
deadline_seconds=${WINDOW_DEADLINE_SECONDS:-60}

work=$(mktemp -d)
xvfb_pid=
xev_pid=
app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  [ -n "$xev_pid" ] && kill "$xev_pid" 2>/dev/null
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

export LC_ALL=C # EPOCHREALTIME's decimal point
now_ms() { local now=$EPOCHREALTIME; echo $(( ${now%.*} * 1000 + 10#${now#*.} / 1000 )); }
# CPU time (user + system, all threads) the process has used so far, in ms: on a shared, loaded machine
# this says more about the app than the wall clock does.
cpu_ms() { awk -v tick="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / tick) }' "/proc/$1/stat"; }

# Each top-level window mapped on the display (only the app maps any here) is a line "mapped <ms> <cpu ms>".
mkfifo "$work/events"
exec 6<>"$work/events"
previous=
xev -root -event substructure 2>/dev/null | while IFS= read -r line; do
  # xev's MapNotify is two lines; the second says whether the window is a popup (override YES).
  if [[ $line == *"override NO"* && $previous == MapNotify* ]]; then
    echo "mapped $(now_ms)" >&6
  fi
  previous=$line
done &
xev_pid=$!

stamp_app_log() {
  while IFS= read -r line; do
    echo "$line" >>"$work/app.log"
    if [[ $line == *"First page shown"* ]]; then
      echo "page $(now_ms) ${line#*First page shown }" >&6
    fi
  done
}

# Reads the next event line, or fails once the run's deadline has passed.
next_event() { read -r -t "$(( deadline_seconds - ($(now_ms) - start) / 1000 ))" kind at rest <&6; }

times=()
cpus=()
pages=()
for run in $(seq 1 "$runs"); do
  rm -rf "$XDG_DATA_HOME/event-inspector" "$HOME/.java" "$work/app.log"
  start=$(now_ms)
  "$launcher" > >(stamp_app_log) 2>&1 &
  app_pid=$!
  shown=
  page=
  while { [ -z "$shown" ] || [ -z "$page" ]; } && next_event; do
    case $kind in
      mapped) [ -z "$shown" ] && shown=$at && cpu=$(cpu_ms "$app_pid") ;;
      page) page=$at && said=$rest ;;
    esac
  done
  if [ -z "$shown" ] || [ -z "$page" ]; then
    echo "run $run: no window, or no 'First page shown', within ${deadline_seconds}s; the app said:" >&2
    cat "$work/app.log" >&2
    exit 1
  fi
  elapsed=$(( shown - start ))
  paged=$(( page - start ))
  times+=("$elapsed")
  cpus+=("$cpu")
  pages+=("$paged")
  printf 'run %d: window after %d.%03d s (CPU %d.%03d s), first page after %d.%03d s (the app: %s)\n' "$run" \
    $(( elapsed / 1000 )) $(( elapsed % 1000 )) $(( cpu / 1000 )) $(( cpu % 1000 )) \
    $(( paged / 1000 )) $(( paged % 1000 )) "$said"
  if [ "$run" = "$runs" ] && [ -n "$screenshot" ]; then
    sleep 1 # for the first page to be painted: this is a picture, not a measurement
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
page=$(median "${pages[@]}")
printf 'median of %d: window after %d.%03d s (CPU %d.%03d s), first page after %d.%03d s\n' "$runs" \
  $(( wall / 1000 )) $(( wall % 1000 )) $(( cpu / 1000 )) $(( cpu % 1000 )) $(( page / 1000 )) $(( page % 1000 ))
