# Shared by scripts/e2e and scripts/bench: a private Xvfb display.
# Source it, then call `start_xvfb WIDTHxHEIGHT`; `stop_xvfb` ends it.

xvfb_pid=""

# Starts Xvfb on a free display and exports DISPLAY. Xvfb picks the number
# itself (-displayfd), so two runs at once can never share a display.
start_xvfb() {
  local size=${1:-1280x800}
  local numfile
  numfile=$(mktemp)
  Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp 3>"$numfile" >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 100); do
    if [[ -s "$numfile" ]]; then
      export DISPLAY=":$(tr -d '[:space:]' <"$numfile")"
      rm -f "$numfile"
      xdpyinfo >/dev/null 2>&1 && return 0
    fi
    sleep 0.1
  done
  rm -f "$numfile"
  echo "Xvfb did not start" >&2
  return 1
}

# Stops the display started by start_xvfb.
stop_xvfb() {
  if [[ -n "$xvfb_pid" ]]; then
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=""
  fi
}

# The cargo target directory of this project (honours CARGO_TARGET_DIR).
cargo_target_dir() {
  cargo metadata --format-version 1 --no-deps --locked |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])'
}
