#!/bin/bash
# End-to-end test of the movement reminder as a desktop notification: the real binary, built with
# libnotify, on a private session bus with a stand-in notification daemon (fake_notifyd) that
# clicks the notification's button. The app's wall clock runs 60 times faster (libfaketime), so
# the 20-minute interval passes in about 20 seconds. The button's click reaches the app only if
# its event loop lets GLib run: the desk routine must start, and the notification be withdrawn.
#
# usage: notify_test.sh TRIGGER_ATLAS_BINARY DATA_DIR FAKE_NOTIFYD
# Exit 77 (skipped) when xvfb-run, libfaketime or dbus-daemon is missing.
set -euo pipefail

real_app=$1
data=$2
fake_notifyd=$3
faketime_lib=$(ls /usr/lib/*/faketime/libfaketimeMT.so.1 2>/dev/null | head -n1 || true)
[[ -n $faketime_lib ]] || { echo "SKIP: libfaketime is not installed (package faketime)"; exit 77; }
command -v dbus-daemon >/dev/null || { echo "SKIP: dbus-daemon is not installed"; exit 77; }
source "$(cd "$(dirname "$0")" && pwd)/harness.sh"

# A private bus, ended by its process id when the test ends (after the harness's own cleanup).
bus=$(dbus-daemon --session --fork --print-address=1 --print-pid=1)
export DBUS_SESSION_BUS_ADDRESS=$(head -n1 <<<"$bus")
bus_pid=$(tail -n1 <<<"$bus")
"$fake_notifyd" > "$work/notifyd.txt" &
notifyd_pid=$!
trap 'kill "$pid" "$notifyd_pid" "$bus_pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work" || true' EXIT
for _ in $(seq 50); do grep -q ready "$work/notifyd.txt" && break; sleep 0.1; done
grep -q ready "$work/notifyd.txt" || fail "the stand-in notification daemon did not start"

app=$work/fast-app
# Under AddressSanitizer (CI) the preloaded libfaketime comes before ASan's runtime, which it allows.
printf '#!/bin/sh\nLD_PRELOAD=%s${LD_PRELOAD:+:$LD_PRELOAD} FAKETIME="+0 x60" FAKETIME_DONT_FAKE_MONOTONIC=1 ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" exec "%s" "$@"\n' \
    "$faketime_lib" "$real_app" > "$app"
chmod +x "$app"
mkdir -p "$XDG_CONFIG_HOME/trigger-atlas"
printf 'move-reminder = on\nmove-reminder-minutes = 20\n' > "$XDG_CONFIG_HOME/trigger-atlas/settings.conf"
start_app
dismiss_safety

for _ in $(seq 180); do grep -q '^Notify$' "$work/notifyd.txt" && break; sleep 0.5; done
grep -q '^Notify$' "$work/notifyd.txt" || fail "no notification after 20 fast minutes: $(query "s['move_reminder']")"
[[ $(query "s['move_reminder']['banner']") == False ]] || fail "the banner showed although the notification did: $(query "s['move_reminder']")"
wait_for "s['player'] is not None and s['player']['routine'] == 'desk-break-2' and s['player']['started']"
wait_for "not s['move_reminder']['notification']"
grep -q '^CloseNotification$' "$work/notifyd.txt" || fail "the notification was not withdrawn once its button started the routine"
echo "ok: the notification's button started the desk routine: $(tr '\n' ' ' < "$work/notifyd.txt")"
