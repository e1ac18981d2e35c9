#!/bin/bash
# End-to-end test of the desktop app: runs the real binary under Xvfb, sends real mouse and key
# events with xdotool, and checks the state dump the app writes and the pixels of its screenshot.
# The path a new user takes: dismiss the safety screen, click the right low back on the back view
# and the right groin on the front view, see iliopsoas among the candidates, search "psoas", open
# it, and see its zones drawn on the body.
#
# usage: e2e_test.sh TRIGGER_ATLAS_BINARY DATA_DIR
# Exit 77 (skipped) only when xvfb-run is missing.
set -euo pipefail

app=$1
data=$2
here=$(cd "$(dirname "$0")" && pwd)

if [[ -z "${E2E_INSIDE_XVFB:-}" ]]; then
    command -v xvfb-run >/dev/null || { echo "SKIP: xvfb-run is not installed"; exit 77; }
    command -v xdotool >/dev/null || { echo "FAIL: xdotool is not installed (scripts/setup-debian.sh)"; exit 1; }
    E2E_INSIDE_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi

work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work" || true' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export TRIGGER_ATLAS_DATA_DIR=$data TRIGGER_ATLAS_FILE_DIALOG=builtin
mkdir -p "$HOME"
state=$work/state.json
shot=$work/shot.png

"$app" --size 1200x860 --state-dump "$state" --screenshot "$shot" 2>"$work/stderr.txt" &
pid=$!

fail() {
    echo "FAIL: $*"
    [[ -f $state ]] && query "{k: v for k, v in s.items() if k != 'regions'}"
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

wait_for "s['frame'] >= 1"
window=$(xdotool search --sync --name "Trigger Atlas" | head -n1)
xdotool windowfocus --sync "$window" 2>/dev/null || true

# First run: the safety screen is up; Enter dismisses it.
[[ $(query "s['panels']['safety']") == True ]] || fail "the safety screen is not shown at first run"
xdotool key Return
wait_for "not s['panels']['safety']"

# click_region VIEW REGION: switches view with its number key, then clicks inside the region.
click_region() {
    local key
    key=$(query "s['views'].index('$1') + 1")
    xdotool key "$key"
    wait_for "s['view'] == '$1'"
    read -r x y < <(query "'%d %d' % tuple(s['regions']['$2']['screen'])")
    local before
    before=$(query "len(s['marks'])")
    xdotool mousemove --window "$window" "$x" "$y"
    wait_for "s['hovered_region'] == '$2'"
    xdotool click 1
    wait_for "len(s['marks']) == $before + 1 and s['marks'][-1]['region'] == '$2'"
}

click_region back right-low-paraspinal
click_region front right-groin
wait_for "'iliopsoas' in [c['muscle'] for c in s['candidates']]"
echo "ok: iliopsoas is among the top candidates: $(query "[c['muscle'] for c in s['candidates']]")"
[[ $(query "s['warnings'][0]") == cauda-equina ]] || fail "the low back's emergency does not lead the warnings: $(query "s['warnings']")"

# Undo and redo through the keyboard.
xdotool key ctrl+z
wait_for "len(s['marks']) == 1 and s['can_redo']"
xdotool key ctrl+y
wait_for "len(s['marks']) == 2"

# Search by typing; Enter opens the top result.
xdotool mousemove --window "$window" 5 5
xdotool key ctrl+f
sleep 0.3
xdotool type --delay 60 psoas
wait_for "s['search_text'] == 'psoas'"
sleep 0.3
xdotool key Return
wait_for "s['selected_muscle'] == 'iliopsoas'"
echo "ok: searching psoas opened iliopsoas"

# The screenshot shows the muscle's main zone in the zone colour (a strong red over the skin).
wait_for "s['view'] == 'front'"
read -r x y < <(query "'%d %d' % tuple(s['regions']['right-inner-front-thigh-top']['screen'])")
sleep 0.5
read -r r g b < <("$here/png_pixel.py" "$shot" "$x" "$y")
(( r - g > 50 && r - b > 50 )) || fail "no zone colour at the right upper front thigh ($x,$y): rgb $r $g $b"
echo "ok: the essential zone is drawn (rgb $r $g $b at $x,$y)"

# Ctrl+P exports the sheet of the open muscle: the built-in file dialog proposes a name in the
# home folder; Enter accepts it.
xdotool key ctrl+p
wait_for "s['panels']['file_dialog']"
sleep 0.3
xdotool key Return
wait_for "s['status'].startswith('Exported') or s['status'].startswith('Could not')"
[[ $(head -c 4 "$HOME/iliopsoas-sheet.pdf" 2>/dev/null) == %PDF ]] || fail "no PDF sheet at $HOME/iliopsoas-sheet.pdf"
echo "ok: exported the iliopsoas sheet ($(stat -c %s "$HOME/iliopsoas-sheet.pdf") bytes)"

# The session is autosaved for the next start.
[[ -f $XDG_DATA_HOME/trigger-atlas/session.xml ]] || fail "no autosaved session"
grep -q 'right-groin' "$XDG_DATA_HOME/trigger-atlas/session.xml" || fail "the autosave lacks the groin mark"
echo "ok: the session was autosaved"

# Fail closed: with safety.xml missing, the app shows why and offers nothing but Quit.
kill "$pid"; wait "$pid" 2>/dev/null || true
rm -f "$state"
cp -rL "$data" "$work/broken"
rm "$work/broken/content/safety.xml"
TRIGGER_ATLAS_DATA_DIR=$work/broken "$app" --size 1200x860 --state-dump "$state" --screenshot "$shot" 2>"$work/stderr.txt" &
pid=$!
wait_for "s['frame'] >= 1"
[[ $(query "s['safety_problem'] != ''") == True ]] || fail "no safety problem reported without safety.xml"

echo "ok: without safety.xml the app refuses: $(query "s['safety_problem']")"
