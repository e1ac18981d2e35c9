#!/bin/bash
# The pathological atlases (tests/data/pathological) in the real app: each must open, draw the
# body with the zones of the top candidates overlaid, and quit within 30 s and 1 GB. The comb
# that the reader rejects opens too, with the error in the window.
#
# usage: pathological_atlases.sh TRIGGER_ATLAS_BINARY SOURCE_DIR
# Exit 77 (skipped) when xvfb-run or GNU time is missing.
set -euo pipefail

app=$1
source_dir=$2
command -v xvfb-run >/dev/null || { echo "SKIP: xvfb-run is not installed"; exit 77; }
[[ -x /usr/bin/time ]] || { echo "SKIP: /usr/bin/time is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
mkdir -p "$HOME"
# Longissimus thoracis refers to the long thin zone: marks on the right low back and buttock
# bring it into the top candidates.
echo '<pain-map format="1"><mark region="right-low-paraspinal" intensity="8"/><mark region="right-buttock-upper-inner" intensity="6"/></pain-map>' >"$work/map.xml"

for name in comb comb-tolerable long-thin-zone; do
    data=$work/$name
    mkdir -p "$data"
    cp -r "$source_dir/tests/data/pathological/$name/atlas" "$data/atlas"
    cp "$source_dir/atlas/regions.xml" "$data/atlas/"
    ln -s "$source_dir/content" "$data/content"
    TRIGGER_ATLAS_DATA_DIR=$data timeout 60 /usr/bin/time -f "%e %M" -o "$work/time.txt" \
        xvfb-run -a -s "-screen 0 1280x1024x24" "$app" --size 1280x800 --open "$work/map.xml" --highlight-top 5 \
        --quit-after-frames 5 --state-dump "$work/state.json" 2>"$work/stderr.txt" ||
        { cat "$work/stderr.txt"; echo "FAIL: $name did not open and quit"; exit 1; }
    read -r seconds kilobytes <"$work/time.txt"
    echo "$name: ${seconds} s, $((kilobytes / 1024)) MB peak, $(python3 -c "import json; s=json.load(open('$work/state.json')); print(s['problem_count'], 'data problems, top', [c['muscle'] for c in s['candidates'][:3]])")"
    (( kilobytes < 1024 * 1024 )) || { echo "FAIL: $name took $((kilobytes / 1024)) MB"; exit 1; }
    awk -v s="$seconds" 'BEGIN { exit !(s < 30) }' || { echo "FAIL: $name took $seconds s"; exit 1; }
done
echo "ok: every pathological atlas opens within bounds"
