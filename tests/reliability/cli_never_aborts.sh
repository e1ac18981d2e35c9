#!/bin/bash
# The CLI on every malformed input, and on content with a file name that is not UTF-8: it may
# refuse (exit 1 or 2) but must never abort (134) or crash (any exit from a signal).
# usage: cli_never_aborts.sh TRIGGER_ATLAS_CLI TESTS_DATA_DIR SOURCE_DIR
set -u
cli=$1 data=$2 root=$3
failed=0 runs=0
check() {
    "$@" >/dev/null 2>&1
    local rc=$?
    runs=$((runs + 1))
    if [ "$rc" -ge 128 ]; then echo "FAIL: exit $rc: $*"; failed=1; fi
}
for dir in "$data"/malformed/*/; do
    check "$cli" validate --json --content "$dir" --atlas "$dir"
    check "$cli" validate --content "$dir/content" --atlas "$dir/atlas"
    while IFS= read -r -d '' file; do
        check "$cli" rank --json --pain-map "$file"
    done < <(find "$dir" -name '*.xml' -print0)
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$root/content" "$work/content"
cp "$work/content/muscles/levator-scapulae.xml" "$work/content/muscles/$(printf 'bad-\xff\xfe-name').xml"
for command in "validate --json" "validate" "list --json" "search --json levator" "show --json levator-scapulae"; do
    # shellcheck disable=SC2086  # the command's words are meant to split
    check "$cli" $command --content "$work/content" --atlas "$root/atlas"
done
[ "$runs" -gt 100 ] || { echo "FAIL: only $runs runs: the corpus was not found"; exit 1; }
[ "$failed" = 0 ] && echo "ok: $runs runs of the CLI on malformed input, none aborted"
exit "$failed"
