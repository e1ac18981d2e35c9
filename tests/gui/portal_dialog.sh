#!/bin/bash
# End-to-end test of the desktop's file dialog through the XDG portal: on a private session bus a
# stand-in portal (fake_portal.py) answers the app's FileChooser requests. Save as and Open take
# the file the portal chose, a cancel changes nothing, and when the portal stops answering, or no
# session bus is reachable, the built-in dialog opens instead.
#
# usage: portal_dialog.sh TRIGGER_ATLAS_BINARY DATA_DIR
# Exit 77 (skipped) when xvfb-run, dbus-run-session or Python's GObject bindings are missing.
set -euo pipefail

if [[ -z "${PORTAL_TEST_BUS:-}" ]]; then
    command -v dbus-run-session >/dev/null || { echo "SKIP: dbus-run-session is not installed"; exit 77; }
    /usr/bin/python3 -c "from gi.repository import Gio" 2>/dev/null || { echo "SKIP: python3-gi is not installed"; exit 77; }
    PORTAL_TEST_BUS=1 exec dbus-run-session -- "$0" "$@"
fi

app=$1
data=$2
here=$(cd "$(dirname "$0")" && pwd)
source "$here/harness.sh"
unset TRIGGER_ATLAS_FILE_DIALOG

portal=$work/portal
mkdir -p "$portal"
/usr/bin/python3 "$here/fake_portal.py" "$portal" 2>"$work/portal.txt" &
portal_pid=$!
trap 'kill "$pid" "$portal_pid" 2>/dev/null || true; rm -rf "$work" || true' EXIT
for _ in $(seq 100); do [[ -f $portal/ready ]] && break; sleep 0.1; done
[[ -f $portal/ready ]] || fail "the stand-in portal did not start: $(cat "$work/portal.txt")"

# last_request FIELD: a field of the portal's latest request.
last_request() { tail -n 1 "$portal/requests" | python3 -c "import json,sys; print(json.load(sys.stdin).get('$1'))"; }
requests() { [[ -f $portal/requests ]] && wc -l <"$portal/requests" || echo 0; }

start_app
dismiss_safety
click_region back right-low-paraspinal

# Save as: the portal is asked with the suggested name, and its choice is written.
echo "$work/chosen.xml" >"$portal/answer"
xdotool key ctrl+shift+s
wait_for "s['document'] == '$work/chosen.xml' and not s['modified']"
[[ $(last_request method) == SaveFile && $(last_request current_name) == pain-map.xml ]] || fail "save request: $(tail -n 1 "$portal/requests")"
grep -q right-low-paraspinal "$work/chosen.xml" || fail "the chosen file does not hold the map"
[[ $(query "s['panels']['file_dialog']") == False ]] || fail "the built-in dialog opened as well"
echo "ok: Save as writes the file the desktop's dialog chose"

# Open: the portal's file replaces the (saved) map.
printf '<pain-map format="1"><mark region="right-groin" intensity="4"/><mark region="left-shoulder" intensity="6"/></pain-map>\n' >"$work/other.xml"
echo "$work/other.xml" >"$portal/answer"
xdotool key ctrl+o
wait_for "s['document'] == '$work/other.xml' and len(s['marks']) == 2"
[[ $(last_request method) == OpenFile ]] || fail "open request: $(tail -n 1 "$portal/requests")"
echo "ok: Open reads the file the desktop's dialog chose"

# Cancel: nothing changes, and no other dialog takes its place.
echo cancel >"$portal/answer"
before=$(requests)
xdotool key ctrl+o
for _ in $(seq 50); do [[ $(requests) -gt $before ]] && break; sleep 0.1; done
wait_for "not s['panels']['file_dialog']"
[[ $(query "s['document'] == '$work/other.xml' and len(s['marks']) == 2") == True ]] || fail "a cancelled Open changed the map"
echo "ok: a cancel in the desktop's dialog changes nothing"

# The portal goes away: the built-in dialog opens instead.
kill "$portal_pid"; wait "$portal_pid" 2>/dev/null || true
xdotool key ctrl+o
wait_for "s['panels']['file_dialog'] and s['file_dialog']['name'] == ''"
xdotool key Escape
wait_for "not s['panels']['file_dialog']"
echo "ok: without an answer from the portal the built-in dialog opens"

# No session bus at all: the built-in dialog, at once.
kill "$pid"; wait "$pid" 2>/dev/null || true
DBUS_SESSION_BUS_ADDRESS= XDG_RUNTIME_DIR=$work start_app
xdotool key ctrl+o
wait_for "s['panels']['file_dialog']"
echo "ok: without a session bus the built-in dialog opens"
