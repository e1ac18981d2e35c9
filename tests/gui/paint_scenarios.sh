#!/bin/bash
# The three scenarios the body map was rebuilt for, painted in the real app on the real data with
# real mouse drags (xdotool) under Xvfb: the levator complaint, the low back with the groin, and
# a stroke from the back of the head down beside the spine to the buttock.
#
# usage: paint_scenarios.sh TRIGGER_ATLAS_BINARY DATA_DIR
set -euo pipefail
app=$1
data=$2
source "$(cd "$(dirname "$0")" && pwd)/harness.sh"

# paint FROM TO...: one stroke through the given landmarks (anchor names, optionally +dx+dy).
paint() {
    local points=() spec name dx dy x y
    for spec in "$@"; do
        IFS='+' read -r name dx dy <<<"$spec"
        read -r x y < <(anchor "$name")
        points+=("$((x + ${dx:-0})) $((y + ${dy:-0}))")
    done
    local before
    before=$(query "len(s['marks'])")
    read -r x y <<<"${points[0]}"
    xdotool mousemove --window "$window" "$x" "$y"
    sleep 0.15
    xdotool mousedown 1
    sleep 0.15
    local p i px py
    px=$x py=$y
    for p in "${points[@]:1}"; do
        read -r x y <<<"$p"
        for i in 1 2 3 4 5 6; do   # several frames along each leg, as a hand would move
            xdotool mousemove --window "$window" $((px + (x - px) * i / 6)) $((py + (y - py) * i / 6))
            sleep 0.06
        done
        px=$x py=$y
    done
    xdotool mouseup 1
    wait_for "not s['marks'] == [] and s['can_undo']"
    sleep 0.3
}

clear_marks() {
    xdotool key ctrl+z ctrl+z ctrl+z ctrl+z 2>/dev/null || true
    wait_for "len(s['marks']) == 0"
}

# keep NAME: with SHOT_DIR set, keeps the current screenshot there (for looking at the scenarios).
keep() { [[ -z ${SHOT_DIR:-} ]] || { sleep 0.5; cp "$shot" "$SHOT_DIR/$1.png"; }; }

top() { query "[c['muscle'] for c in s['candidates']][:$1]"; }
in_top() { [[ $(query "'$1' in [c['muscle'] for c in s['candidates']][:$2]") == True ]]; }

start_app
dismiss_safety
xdotool key p
wait_for "s['input_mode'] == 'paint'"

# 1. The levator complaint: back of the head, side of the neck, inner edge of the shoulder blade.
show_view back
paint occiput/right occiput/right+4+6
paint neck-side-C4/right neck-side-C4/right+0+8
paint medial-border-upper/right+-3+0 medial-border-upper/right+-3+14
wait_for "len(s['marks']) == 3"
in_top levator-scapulae 3 || fail "levator scapulae is not in the top 3: $(top 5)"
echo "ok: levator complaint painted as 3 areas, levator scapulae in the top 3: $(top 3)"
keep levator
clear_marks

# 2. Right low back and right groin / upper front thigh: iliopsoas first.
paint L3+22+0 L4+22+0 L5+22+0
show_view front
paint groin/right groin/right+0+30
wait_for "len(s['marks']) == 2"
[[ $(query "s['candidates'][0]['muscle']") == iliopsoas ]] || fail "iliopsoas is not first: $(top 5)"
echo "ok: low back and groin painted, iliopsoas first: $(top 3)"
keep low-back-groin
clear_marks

# 3. One stroke from the back of the head down beside the spine to the buttock: one area, and
#    the erector spinae among the first.
show_view back
paint skull-base/right+-14+0 C7+22+0 T6+24+0 T12+24+0 L3+24+0 S2+24+0
wait_for "len(s['marks']) == 1"
[[ $(query "s['marks'][0]['strokes']") == 1 ]] || fail "the stroke is not one area of one stroke"
erector=$(query "[c['muscle'] for c in s['candidates'][:3] if c['muscle'] in ('iliocostalis-lumborum', 'iliocostalis-thoracis', 'longissimus-thoracis', 'spinalis-thoracis')]")
[[ $erector != "[]" ]] || fail "no erector spinae part in the top 3: $(top 5)"
echo "ok: one stroke from the head to the buttock is one area; erector spinae in the top 3: $(top 5)"
keep spine-stroke
