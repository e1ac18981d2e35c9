#!/bin/sh
# Builds the libFuzzer targets with clang-14 and runs each for a few seconds on its seed corpus
# (tests/fuzz-corpus/<target>), so CI notices a loader that crashes or trips a sanitizer.
# Usage: fuzz/run-briefly.sh [seconds per target, default 30] [build dir, default build-fuzz]
# New inputs the fuzzer finds go to a scratch directory, never into the committed corpus.
set -eu

seconds=${1:-30}
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${2:-$source_dir/build-fuzz}
targets="content_file svg_path svg_view pain_map"

CC=clang-14 CXX=clang++-14 cmake -S "$source_dir" -B "$build_dir" -DTRIGGER_ATLAS_FUZZ=ON \
    -DTRIGGER_ATLAS_BUILD_GUI=OFF -DTRIGGER_ATLAS_BUILD_TESTS=OFF -DTRIGGER_ATLAS_BUILD_BENCH=OFF >/dev/null
cmake --build "$build_dir" -j2 --target $(for t in $targets; do printf 'fuzz_%s ' "$t"; done)

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for target in $targets; do
    case $target in
        svg_path) dict=$source_dir/fuzz/svg_path.dict ;;
        *) dict=$source_dir/fuzz/xml.dict ;;
    esac
    mkdir -p "$scratch/$target"
    echo "== fuzz_$target for ${seconds}s"
    if ! "$build_dir/bin/fuzz_$target" -max_total_time="$seconds" -max_len=8192 -dict="$dict" \
            -artifact_prefix="$scratch/$target-" -print_final_stats=1 \
            "$scratch/$target" "$source_dir/tests/fuzz-corpus/$target" 2>"$scratch/$target.log"; then
        tail -n 60 "$scratch/$target.log"
        for crash in "$scratch/$target"-*; do
            [ -e "$crash" ] && cp "$crash" "${TMPDIR:-/tmp}/" && echo "reproducer kept: ${TMPDIR:-/tmp}/$(basename "$crash")"
        done
        status=1
    else
        grep -E '^#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::average_exec_per_sec' "$scratch/$target.log"
    fi
done
exit $status
