#!/bin/bash
# End-to-end test of document safety in the real app under Xvfb: unsaved changes are never
# dropped without asking (New, Open, Quit), Open ends the undo history, exports get dated names
# and never replace a file unasked, a restart brings back the file link, the view, the zoom and
# the tools, and start-up failures (a file where the settings folder should be, no data) become
# messages in the window instead of aborts.
#
# usage: document_safety.sh TRIGGER_ATLAS_BINARY DATA_DIR
# Exit 77 (skipped) only when xvfb-run is missing.
set -euo pipefail

app=$1
data=$2
source "$(cd "$(dirname "$0")" && pwd)/harness.sh"

# type_name TEXT: replaces the file dialog's name with TEXT and presses Enter.
type_name() {
    sleep 0.3
    xdotool key ctrl+a
    xdotool type --delay 40 "$1"
    wait_for "s['file_dialog']['name'] == '$1'"
    xdotool key Return
}

start_app
dismiss_safety
click_region back right-low-paraspinal
[[ $(query "s['modified']") == True ]] || fail "a new mark does not count as a change"

# Save: the built-in dialog proposes pain-map.xml in the home folder.
xdotool key ctrl+s
wait_for "s['panels']['file_dialog']"
sleep 0.3
xdotool key Return
wait_for "s['document'].endswith('/pain-map.xml') and not s['modified']"
echo "ok: saved as $(query "s['document']")"

# New with unsaved changes asks; Esc keeps the marks, D discards them.
click_region back right-buttock-upper-outer
xdotool key ctrl+n
wait_for "s['panels']['confirm_discard']"
xdotool key Escape
wait_for "not s['panels']['confirm_discard']"
[[ $(query "len(s['marks'])") == 2 ]] || fail "cancelling New lost marks"
xdotool key ctrl+n
wait_for "s['panels']['confirm_discard']"
xdotool key d
wait_for "len(s['marks']) == 0 and s['document'] == '' and not s['modified']"
echo "ok: New asks before discarding changes (Esc cancels, D discards)"

# Open ends the undo history: Ctrl+Z cannot bring the previous map back under the file's name.
xdotool key ctrl+o
wait_for "s['panels']['file_dialog']"
type_name pain-map.xml
wait_for "s['document'].endswith('/pain-map.xml') and len(s['marks']) == 1"
[[ $(query "s['can_undo']") == False ]] || fail "undo is possible right after Open"
xdotool key ctrl+z
sleep 0.3
[[ $(query "len(s['marks']) == 1 and not s['modified']") == True ]] || fail "undo after Open changed the map"
echo "ok: undo history ends at Open"

# Export: a dated name after the map; the next export never takes that name.
today=$(date +%F)
xdotool key ctrl+p
wait_for "s['panels']['file_dialog']"
[[ $(query "s['file_dialog']['name']") == "pain-map-$today.pdf" ]] || fail "export name: $(query "s['file_dialog']['name']")"
xdotool key Return
wait_for "s['last_export'] == '$HOME/pain-map-$today.pdf'"
[[ $(head -c 4 "$HOME/pain-map-$today.pdf") == %PDF ]] || fail "no PDF written"
[[ $(query "'$HOME/pain-map-$today.pdf' in s['status']") == True ]] || fail "the status does not show the full path"
before=$(md5sum <"$HOME/pain-map-$today.pdf")
xdotool key ctrl+p
wait_for "s['panels']['file_dialog']"
[[ $(query "s['file_dialog']['name']") == "pain-map-$today-2.pdf" ]] || fail "second export name: $(query "s['file_dialog']['name']")"
type_name "pain-map-$today.pdf"
wait_for "s['file_dialog']['asks_to_replace']"
xdotool key Escape
wait_for "not s['panels']['file_dialog']"
[[ $(md5sum <"$HOME/pain-map-$today.pdf") == "$before" ]] || fail "the first export was overwritten"
echo "ok: exports are dated, full paths shown, never overwritten unasked"

# A restart after a kill brings back the file link, the view, the zoom and the unsaved mark.
show_view front
xdotool key equal
wait_for "s['zoom'] > 1.2"
click_region front right-groin
kill "$pid"; wait "$pid" 2>/dev/null || true
start_app
wait_for "s['document'].endswith('/pain-map.xml')"
[[ $(query "s['view'] == 'front' and s['zoom'] > 1.2 and len(s['marks']) == 2 and s['modified']") == True ]] ||
    fail "restart lost the view, zoom or marks"
echo "ok: restart restores the file link, view, zoom and the unsaved mark (still marked changed)"

# Quit with changes asks; D quits and the next start shows the file as saved.
xdotool key ctrl+q
wait_for "s['panels']['confirm_discard']"
xdotool key d
wait "$pid" || fail "the app exited with $? after Quit"
start_app
wait_for "s['document'].endswith('/pain-map.xml') and len(s['marks']) == 1 and not s['modified']"
echo "ok: Quit asks before discarding, and discarded changes stay discarded"
kill "$pid"; wait "$pid" 2>/dev/null || true

# A file where the settings folder should be: the app runs and says so.
touch "$work/config-file"
XDG_CONFIG_HOME=$work/config-file start_app
wait_for "s['status'].startswith('Settings cannot be kept')"
echo "ok: unusable settings folder: $(query "s['status']")"
kill "$pid"; wait "$pid" 2>/dev/null || true

# No data: a screen that says where it looked; quitting exits non-zero.
mkdir -p "$work/empty"
TRIGGER_ATLAS_DATA_DIR=$work/empty start_app
wait_for "s['panels']['no_data']"
xdotool key Escape
rc=0; wait "$pid" || rc=$?
(( rc == 1 )) || fail "no-data exit code $rc, expected 1"
echo "ok: no data: a screen of its own, exit code 1"
