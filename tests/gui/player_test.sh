#!/bin/bash
# End-to-end test of the routine player on the real binary and data: a routine started with
# --play waits behind the first-run safety screen, then counts down on its own from the lead-in
# into the first hold, and when the hold ends it moves to the rest and flashes the countdown (the
# cue for those with the sound off), with or without a sound device. The screenshot of the flash
# is kept for a person to look at.
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
