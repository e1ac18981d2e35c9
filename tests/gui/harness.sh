# Shared by the GUI end-to-end scripts (sourced, not run): starts the real app under Xvfb on a
# fresh home, and gives query / wait_for over the state dump it writes after every input.
# The sourcing script sets: app, data (paths), and calls start_app [APP ARGS...].

if [[ -z "${E2E_INSIDE_XVFB:-}" ]]; then
    command -v xvfb-run >/dev/null || { echo "SKIP: xvfb-run is not installed"; exit 77; }
    command -v xdotool >/dev/null || { echo "FAIL: xdotool is not installed (scripts/setup-debian.sh)"; exit 1; }
    E2E_INSIDE_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi

here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
pid=
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work" || true' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export TRIGGER_ATLAS_DATA_DIR=$data TRIGGER_ATLAS_FILE_DIALOG=builtin
mkdir -p "$HOME"
state=$work/state.json
shot=$work/shot.png

fail() {
    echo "FAIL: $*"
    [[ -f $state ]] && query "{k: v for k, v in s.items() if k not in ('regions', 'anchors')}"
    cat "$work/stderr.txt"
    cp "$shot" "${TMPDIR:-/tmp}/trigger-atlas-e2e-failure.png" 2>/dev/null && echo "screenshot: ${TMPDIR:-/tmp}/trigger-atlas-e2e-failure.png"
    exit 1
}

# query EXPR: evaluates a Python expression over the state dump `s`.
query() { python3 -c "import json,sys; s=json.load(open(sys.argv[1])); print($1)" "$state"; }

# wait_for EXPR: polls the state dump until EXPR is true (10 s at most).
wait_for() {
    for _ in $(seq 100); do
        if [[ -f $state ]] && [[ $(query "$1" 2>/dev/null) == True ]]; then return 0; fi
        sleep 0.1
    done
    fail "timed out waiting for: $1"
}

# start_app [ARGS...]: starts the app, waits for its first frame and focuses its window.
start_app() {
    rm -f "$state"
    "$app" --size 1200x860 --state-dump "$state" --screenshot "$shot" "$@" 2>"$work/stderr.txt" &
    pid=$!
    wait_for "s['frame'] >= 1"
    window=$(xdotool search --sync --name "Trigger Atlas" | head -n1)
    xdotool windowfocus --sync "$window" 2>/dev/null || true
}

# dismiss_safety: the first-run safety screen; Enter accepts it.
dismiss_safety() {
    [[ $(query "s['panels']['safety']") == True ]] || fail "the safety screen is not shown at first run"
    xdotool key Return
    wait_for "not s['panels']['safety']"
}

# show_view VIEW: switches view with its number key.
show_view() {
    xdotool key "$(query "s['views'].index('$1') + 1")"
    wait_for "s['view'] == '$1'"
}

# click_region VIEW REGION: switches to VIEW, clicks inside REGION, waits for the new mark there,
# then moves the pointer off the body.
click_region() {
    show_view "$1"
    read -r x y < <(query "'%d %d' % tuple(s['regions']['$2']['screen'])")
    local before
    before=$(query "len(s['marks'])")
    xdotool mousemove --window "$window" "$x" "$y"
    wait_for "s['hovered_region'] == '$2'"
    xdotool click 1
    wait_for "len(s['marks']) == $before + 1 and s['marks'][-1]['region'] == '$2'"
    xdotool mousemove --window "$window" 5 5
}

# anchor NAME: the screen position of a landmark of the current view ("x y").
anchor() { query "'%d %d' % tuple(s['anchors']['$1'])"; }
