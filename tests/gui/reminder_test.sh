#!/bin/bash
# End-to-end test of the movement reminder on the real binary and data, with the app's wall clock
# running 60 times faster (libfaketime; the monotonic clock the countdowns use stays real), so a
# 20-minute interval passes in about 20 seconds. Without a desktop session the reminder must fall
# back to the banner in the window and say why, and its button must start the content's desk
# routine; the count then starts again. The screenshot of the banner is kept for a person to look at.
#
# usage: reminder_test.sh TRIGGER_ATLAS_BINARY DATA_DIR
# Exit 77 (skipped) when xvfb-run or libfaketime is missing.
set -euo pipefail

real_app=$1
data=$2
faketime_lib=$(ls /usr/lib/*/faketime/libfaketimeMT.so.1 2>/dev/null | head -n1 || true)
[[ -n $faketime_lib ]] || { echo "SKIP: libfaketime is not installed (package faketime)"; exit 77; }
source "$(cd "$(dirname "$0")" && pwd)/harness.sh"

# Only the app runs on the fast clock: the harness's own waiting stays in real time.
app=$work/fast-app
# Under AddressSanitizer (CI) the preloaded libfaketime comes before ASan's runtime, which it allows.
printf '#!/bin/sh\nLD_PRELOAD=%s${LD_PRELOAD:+:$LD_PRELOAD} FAKETIME="+0 x60" FAKETIME_DONT_FAKE_MONOTONIC=1 ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" exec "%s" "$@"\n' \
    "$faketime_lib" "$real_app" > "$app"
chmod +x "$app"
unset DBUS_SESSION_BUS_ADDRESS XDG_RUNTIME_DIR   # no desktop session, even on a developer's machine

mkdir -p "$XDG_CONFIG_HOME/trigger-atlas"
printf 'move-reminder = on\nmove-reminder-minutes = 20\n' > "$XDG_CONFIG_HOME/trigger-atlas/settings.conf"
start_app
dismiss_safety
[[ $(query "s['move_reminder']['on'] and s['move_reminder']['minutes'] == 20") == True ]] ||
    fail "the settings did not switch the reminder on: $(query "s['move_reminder']")"
[[ $(query "s['move_reminder']['banner']") == False ]] || fail "a reminder showed at once"

for _ in $(seq 180); do [[ $(query "s['move_reminder']['banner']") == True ]] && break; sleep 0.5; done
[[ $(query "s['move_reminder']['banner']") == True ]] || fail "no reminder after 20 fast minutes: $(query "s['move_reminder']")"
[[ -n $(query "s['move_reminder']['problem']") ]] || fail "the banner does not say why it is not a notification"
cp "$shot" "${TMPDIR:-/tmp}/trigger-atlas-reminder-banner.png" && echo "screenshot: ${TMPDIR:-/tmp}/trigger-atlas-reminder-banner.png"

read -r x y < <(query "'%d %d' % ((s['move_reminder']['start_button'][0] + s['move_reminder']['start_button'][2]) / 2, (s['move_reminder']['start_button'][1] + s['move_reminder']['start_button'][3]) / 2)")
xdotool mousemove --window "$window" "$x" "$y"
wait_for "abs(s['mouse'][0] - $x) < 2 and abs(s['mouse'][1] - $y) < 2"
xdotool click 1
wait_for "s['player'] is not None and s['player']['routine'] == 'desk-break-2' and s['player']['started']"
wait_for "not s['move_reminder']['banner']"
echo "ok: the reminder fell back to the banner ($(query "s['move_reminder']['problem']")) and started the desk routine"
