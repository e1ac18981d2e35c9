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
source "$(cd "$(dirname "$0")" && pwd)/harness.sh"

start_app
dismiss_safety

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

# Ctrl+P exports the sheet of the open muscle and the marks: the built-in file dialog proposes a
# name after the map and today's date in the home folder; Enter accepts it.
xdotool key ctrl+p
wait_for "s['panels']['file_dialog']"
sleep 0.3
xdotool key Return
wait_for "s['status'].startswith('Exported') or s['status'].startswith('Could not')"
pdf=$HOME/pain-map-$(date +%F).pdf
[[ $(head -c 4 "$pdf" 2>/dev/null) == %PDF ]] || fail "no PDF sheet at $pdf"
echo "ok: exported the sheet ($(stat -c %s "$pdf") bytes)"

# The session is autosaved for the next start.
[[ -f $XDG_DATA_HOME/trigger-atlas/session.xml ]] || fail "no autosaved session"
grep -q 'right-groin' "$XDG_DATA_HOME/trigger-atlas/session.xml" || fail "the autosave lacks the groin mark"
echo "ok: the session was autosaved"

# Fail closed: with safety.xml missing, the app shows why and offers nothing but Quit.
kill "$pid"; wait "$pid" 2>/dev/null || true
cp -rL "$data" "$work/broken"
rm "$work/broken/content/safety.xml"
TRIGGER_ATLAS_DATA_DIR=$work/broken start_app
[[ $(query "s['safety_problem'] != ''") == True ]] || fail "no safety problem reported without safety.xml"

echo "ok: without safety.xml the app refuses: $(query "s['safety_problem']")"
