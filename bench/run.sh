#!/usr/bin/env bash
# Runs every benchmark and prints one Markdown table of medians (and ratios measured side by
# side, A B A B ..., so machine drift cancels). Needs a build with the GUI and the benchmarks:
#   scripts/test.sh && bench/run.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
bin="$build/bin"
runs=11
work=$(mktemp -d)
trap 'kill "${xvfb_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

median() { sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
now_us() { echo $(( $(date +%s%N) / 1000 )); }
# Wall time of one run of "$@", in milliseconds.
wall_ms() { local s e; s=$(now_us); "$@" >/dev/null 2>&1; e=$(now_us); echo "scale=2; ($e - $s) / 1000" | bc; }

# A private X server, so the GUI figures do not depend on a desktop.
display=":$(( 90 + RANDOM % 100 ))"
Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY="$display" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" HOME="$work"
sleep 1

# A pain map with ten marks, for the full-overlay frame and the memory figure.
"$bin/trigger-atlas-cli" regions --view back --json | python3 -c '
import json, sys
ids = [r["id"] for r in json.load(sys.stdin)["regions"] if r["id"].startswith("right-")][:10]
print("<pain-map format=\"1\">" + "".join(f"<mark region=\"{i}\" intensity=\"6\"/>" for i in ids) + "</pain-map>")
' > "$work/ten-marks.xml"

echo "| benchmark | figure | median | target |"
echo "|---|---|---:|---|"

# Start-up: exec to the first frame presented, against a bare SDL2 + Dear ImGui window.
app=() bare=() ratios=()
for ((i = 0; i < runs; i++)); do
  a=$(wall_ms "$bin/trigger-atlas" --quit-after-frames 1); b=$(wall_ms "$bin/bench_bare_window" 1)
  app+=("$a"); bare+=("$b"); ratios+=("$(echo "scale=3; $a / $b" | bc)")
done
echo "| start-up to first frame | trigger-atlas | $(printf '%s\n' "${app[@]}" | median) ms | |"
echo "| start-up to first frame | bare SDL2 + ImGui window | $(printf '%s\n' "${bare[@]}" | median) ms | |"
echo "| start-up to first frame | ratio (pairwise median) | $(printf '%s\n' "${ratios[@]}" | median) | < 1.3 |"
# The same without the prepared data kept in the cache folder: the first start after installing
# or after the data changed, when the atlas and the content are read from their files (and kept).
cold=() cold_ratios=()
for ((i = 0; i < runs; i++)); do
  rm -rf "$XDG_CACHE_HOME/trigger-atlas"
  a=$(wall_ms "$bin/trigger-atlas" --quit-after-frames 1); b=$(wall_ms "$bin/bench_bare_window" 1)
  cold+=("$a"); cold_ratios+=("$(echo "scale=3; $a / $b" | bc)")
done
echo "| start-up, nothing kept (first start, data changed) | trigger-atlas | $(printf '%s\n' "${cold[@]}" | median) ms | |"
echo "| start-up, nothing kept (first start, data changed) | ratio (pairwise median) | $(printf '%s\n' "${cold_ratios[@]}" | median) | |"

# Idle: CPU time and wake-ups over 10 s with no input.
"$bin/trigger-atlas" & pid=$!
sleep 3
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
switches() { awk '/ctxt_switches/ {s += $2} END {print s}' "/proc/$pid/status"; }
t0=$(ticks); c0=$(switches); sleep 10; t1=$(ticks); c1=$(switches)
kill "$pid"; wait "$pid" 2>/dev/null || true
hz=$(getconf CLK_TCK)
echo "| idle, 10 s, no input | CPU (% of one core) | $(echo "scale=2; 100 * ($t1 - $t0) / ($hz * 10)" | bc) % | < 1 % |"
echo "| idle, 10 s, no input | wake-ups per second | $(echo "scale=1; ($c1 - $c0) / 10" | bc) | |"

# Frame cost in instructions, counted inside App::Frame only (not the GL driver).
frame_instructions() {
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" --toggle-collect='ta::gui::App::Frame()' \
    "$bin/trigger-atlas" --quit-after-frames 21 "$@" >/dev/null 2>&1
  callgrind_annotate "$work/cg.out" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print int($1 / 21)}'
}
empty=$(frame_instructions)
full=$(frame_instructions --open "$work/ten-marks.xml" --highlight-top 5)
echo "| frame cost (callgrind) | empty frame | $empty instr | |"
echo "| frame cost (callgrind) | ten marks, five candidates highlighted | $full instr | |"
echo "| frame cost (callgrind) | ratio full / empty | $(echo "scale=2; $full / $empty" | bc) | |"

# Frame cost in CPU time, GL driver included (Mesa's software renderer under Xvfb): the CPU of
# 201 frames minus that of 1 frame, per frame, median of 5, against the bare window.
# cpu_s N PROGRAM [ARGS...]: user + system seconds of PROGRAM presenting N frames.
cpu_s() {
  local n=$1; shift
  local frames=(--quit-after-frames "$n")
  [[ $1 == *bench_bare_window ]] && frames=("$n")
  /usr/bin/time -f "%U %S" "$@" "${frames[@]}" 2>&1 >/dev/null | tail -1 | awk '{print $1 + $2}'
}
per_frame_ms() {
  local runs_cpu=() a b
  for ((i = 0; i < 5; i++)); do
    a=$(cpu_s 201 "$@"); b=$(cpu_s 1 "$@")
    runs_cpu+=("$(echo "scale=3; 1000 * ($a - $b) / 200" | bc)")
  done
  printf '%s\n' "${runs_cpu[@]}" | median
}
# The safety screen is read once (Enter), as a person would, so the frames measured are the
# main window's.
"$bin/trigger-atlas" >/dev/null 2>&1 & pid=$!
sleep 2
xdotool search --sync --name "Trigger Atlas" windowfocus --sync key Return >/dev/null 2>&1 || true
sleep 1; kill "$pid"; wait "$pid" 2>/dev/null || true
full_cpu=$(per_frame_ms "$bin/trigger-atlas" --open "$work/ten-marks.xml" --highlight-top 5)
drawn_cpu=$(per_frame_ms "$bin/trigger-atlas" --open "$work/ten-marks.xml" --highlight-top 5 --draw-every-frame)
bare_cpu=$(per_frame_ms "$bin/bench_bare_window")
echo "| frame cost (CPU, software GL) | ten marks, five candidates highlighted | $full_cpu ms | < 4 ms |"
echo "| frame cost (CPU, software GL) | the same, every frame drawn (as after input) | $drawn_cpu ms | |"
echo "| frame cost (CPU, software GL) | bare SDL2 + ImGui window | $bare_cpu ms | |"

# Ranking, search and loading on real and synthetic databases.
"$bin/bench_core" | tail -n +3 | while IFS='|' read -r _ db n load rank1 rank3 search scan areas index _; do
  db=$(echo $db); n=$(echo $n)
  target=""; [ "$db" = real ] && target="well under 1 ms"
  area_target=""; [ "$db" = real ] && area_target="< 1 ms"
  index_target=""; [ "$db" = real ] && index_target="< 20 MiB"
  echo "| load and validate | $db, $n muscles | $(echo $load) ms | |"
  echo "| rank, 1 spot / 3 spots | $db, $n muscles | $(echo $rank1) / $(echo $rank3) µs | $target |"
  echo "| rank 20 painted areas covering the back | $db, $n muscles | $(echo $areas) µs | $area_target |"
  echo "| pattern index (rasters and region grids) | $db, $n muscles | $(echo $index) MiB | $index_target |"
  search_target=""; [ "$db" = real ] && search_target="< 20 µs"
  echo "| search, per query (index / scoring every term) | $db, $n muscles | $(echo $search) / $(echo $scan) µs, ratio $(python3 -c "print(f'{$scan/$search:.1f}')") | $search_target |"
done

# Sheets: one muscle and twenty.
twenty=$("$bin/trigger-atlas-cli" list --json | python3 -c 'import json,sys; print(" ".join(m["id"] for m in json.load(sys.stdin)["muscles"][:20]))')
one=() many=()
for ((i = 0; i < 5; i++)); do
  one+=("$(wall_ms "$bin/trigger-atlas-cli" sheet iliopsoas -o "$work/one.pdf")")
  many+=("$(wall_ms "$bin/trigger-atlas-cli" sheet $twenty -o "$work/twenty.pdf")")
done
echo "| treatment sheet | 1 muscle | $(printf '%s\n' "${one[@]}" | median) ms | well under 1 s |"
echo "| treatment sheet | 20 muscles | $(printf '%s\n' "${many[@]}" | median) ms | |"

# The diary: adding an entry, and a year's chart (read, model, drawn by cairo and by ImGui).
"$bin/bench_diary"

# Peak memory (largest resident set).
rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
echo "| peak memory | GUI, ten marks, 30 frames | $(rss "$bin/trigger-atlas" --quit-after-frames 30 --open "$work/ten-marks.xml") KiB | |"
echo "| peak memory | CLI rank | $(rss "$bin/trigger-atlas-cli" rank --region right-low-paraspinal) KiB | |"
