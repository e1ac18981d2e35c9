#!/bin/bash
# End-to-end test of the routine player on the real binary and data: a routine started with
# --play waits behind the first-run safety screen, then counts down on its own from the lead-in
# into the first hold, and when the hold ends it moves to the rest and flashes the countdown (the
# cue for those with the sound off), with or without a sound device. The screenshot of the flash
# is kept for a person to look at. Quitting with the routine still open, a step behind it, logs it
# in the diary once, as closing the player would.
#
# usage: player_test.sh TRIGGER_ATLAS_BINARY DATA_DIR
# Exit 77 (skipped) only when xvfb-run is missing.
set -euo pipefail

app=$1
data=$2
source "$(cd "$(dirname "$0")" && pwd)/harness.sh"

export SDL_AUDIODRIVER=no-such-driver   # as on a machine without sound: the player must carry on
start_app --play runner-core-7
wait_for "s['player'] is not None and s['player']['routine'] == 'runner-core-7' and s['player']['started']"
sleep 1
[[ $(query "s['player']['phase'] == 'Get into position' and s['player']['remaining'] == 5") == True ]] ||
    fail "the routine ran behind the safety screen: $(query "s['player']")"
dismiss_safety
wait_for "s['player']['phase'] == 'Hold 1 of 12' and s['player']['step'] == 0"
wait_for "s['player']['phase'] == 'Rest' and s['player']['flash'] > 0.5"
cp "$shot" "${TMPDIR:-/tmp}/trigger-atlas-player-flash.png" && echo "screenshot: ${TMPDIR:-/tmp}/trigger-atlas-player-flash.png"
[[ -n $(query "s['player']['sound_problem']") ]] || fail "no sound problem reported with a missing audio driver"
wait_for "s['player']['flash'] == 0 and s['player']['phase'] == 'Rest'"
echo "ok: the hold ended with a flash and moved on to the rest: $(query "s['player']")"

read -r x y < <(query "'%d %d' % ((s['player']['next_button'][0] + s['player']['next_button'][2]) / 2, (s['player']['next_button'][1] + s['player']['next_button'][3]) / 2)")
xdotool mousemove --window "$window" "$x" "$y"
wait_for "abs(s['mouse'][0] - $x) < 2 and abs(s['mouse'][1] - $y) < 2"
xdotool click 1
wait_for "s['player']['step'] == 1 and not s['player']['finished']"
[[ $(query "s['diary']['activity']") == 0 ]] || fail "the routine was logged while still open: $(query "s['diary']")"
xdotool key ctrl+q
wait "$pid" || fail "the app exited with $? after Quit"
diary=$XDG_DATA_HOME/trigger-atlas/diary.sqlite
[[ -f $diary ]] || fail "quitting with a routine a step in wrote no diary"
logged=$(python3 -c 'import sqlite3, sys; print(",".join(r[0] for r in sqlite3.connect(sys.argv[1]).execute("SELECT item FROM activity")))' "$diary")
[[ $logged == runner-core-7 ]] || fail "quitting logged \"$logged\" instead of runner-core-7 once"
echo "ok: quitting with the routine a step in logged it once in the diary"
