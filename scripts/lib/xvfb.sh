# Shared by scripts/e2e and scripts/bench: a private Xvfb display.
# Source it, then call `start_xvfb WIDTHxHEIGHT`; `stop_xvfb` ends it.

xvfb_pid=""

# Starts Xvfb on a free display and exports DISPLAY.
start_xvfb() {
  local size=${1:-1280x800}
  local display=90
  while [[ -e "/tmp/.X11-unix/X$display" || -e "/tmp/.X$display-lock" ]]; do
    display=$((display + 1))
  done
  export DISPLAY=":$display"
  Xvfb "$DISPLAY" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 100); do
    xdpyinfo >/dev/null 2>&1 && return 0
    sleep 0.1
  done
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
