#!/usr/bin/env bash
# Package test: builds the .deb and .tar.gz with CPack into a scratch directory (never inside the
# build tree, so packaging cannot pick up its own output), unpacks both, runs the packaged
# programs from a directory outside the source tree with no data overrides, and checks the
# package with desktop-file-validate, appstreamcli and lintian (any E: fails).
# Usage: package_test.sh BUILD_DIR SOURCE_DIR GUI_BUILT(0|1)
set -euo pipefail
exec 2>&1  # one stream, so CTest's log shows each message where it happened

build_dir=$1
source_dir=$2
gui_built=$3
app_id=org.triggeratlas.TriggerAtlas

scratch=$(mktemp -d /tmp/trigger-atlas-package.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
step() { echo; echo "== $*"; }

step "cpack -G DEB;TGZ"
umask 022
if ! cpack -G "DEB;TGZ" --config "$build_dir/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
  cat "$scratch/cpack.log"
  exit 1
fi
deb=$(ls "$scratch"/out/*.deb)
tgz=$(ls "$scratch"/out/*.tar.gz)
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes; $(basename "$tgz"): $(stat -c %s "$tgz") bytes"

step "dependencies"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
expected=(fonts-dejavu-core libtinyxml2)
if [ "$gui_built" = 1 ]; then expected+=(libgl1 libsdl2); fi
for package in "${expected[@]}"; do
  [[ $depends == *"$package"* ]] || fail "Depends lacks $package"
done

step "files in the .deb"
root=$scratch/root
dpkg-deb -x "$deb" "$root"
expected_files=(
  usr/bin/trigger-atlas-cli
  usr/share/man/man1/trigger-atlas-cli.1.gz
  usr/share/trigger-atlas/content/groups.xml
  usr/share/trigger-atlas/atlas/regions.xml
  usr/share/doc/trigger-atlas/copyright
  usr/share/doc/trigger-atlas/changelog.gz
)
# The desktop program comes with its menu entry, metainfo and icons; without it they are left out
# and the validators below check the source files instead.
desktop_file=$source_dir/installers/$app_id.desktop
metainfo_file=$source_dir/installers/$app_id.metainfo.xml
if [ "$gui_built" = 1 ]; then
  desktop_file=$root/usr/share/applications/$app_id.desktop
  metainfo_file=$root/usr/share/metainfo/$app_id.metainfo.xml
  expected_files+=(
    usr/bin/trigger-atlas
    usr/lib/trigger-atlas/trigger-atlas-print.so
    usr/lib/trigger-atlas/trigger-atlas-desktop.so
    usr/share/man/man1/trigger-atlas.1.gz
    usr/share/applications/$app_id.desktop
    usr/share/metainfo/$app_id.metainfo.xml
    usr/share/icons/hicolor/48x48/apps/$app_id.png
    usr/share/icons/hicolor/scalable/apps/$app_id.svg
  )
fi
for file in "${expected_files[@]}"; do
  [ -e "$root/$file" ] || fail "missing /$file"
done

# Runs an unpacked program from a directory outside the source tree, without the data override.
run_unpacked() {
  (cd "$scratch" && env -u TRIGGER_ATLAS_DATA_DIR "$@")
}
check_cli() {
  local cli=$1
  echo "-- $cli validate"
  run_unpacked "$cli" validate || fail "$cli validate"
  echo "-- $cli rank --region right-neck-angle --json"
  run_unpacked "$cli" rank --region right-neck-angle --json >"$scratch/rank.json" || fail "$cli rank"
  python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); assert r["candidates"], "no candidates"' \
    "$scratch/rank.json" || fail "$cli rank: no ranked muscles in its JSON"
  head -c 300 "$scratch/rank.json"; echo
}

step "the .deb's trigger-atlas-cli, run from $scratch"
[[ $scratch != "$source_dir"* && $scratch != "$build_dir"* ]] || fail "scratch directory is inside the tree"
check_cli "$root/usr/bin/trigger-atlas-cli"

step "the .tar.gz, unpacked and moved elsewhere"
mkdir "$scratch/unpacked"
tar -xzf "$tgz" -C "$scratch/unpacked"
mv "$scratch/unpacked"/* "$scratch/moved-tree"
check_cli "$scratch/moved-tree/bin/trigger-atlas-cli"

# The packaged desktop program, started under Xvfb: its window's WM_CLASS must be the desktop
# entry's StartupWMClass, or the menu launcher and the window do not group together.
check_window_class() {
  local gui=$1 wm_class
  wm_class=$(sed -n 's/^StartupWMClass=//p' "$desktop_file")
  echo "-- $gui, expecting WM_CLASS class \"$wm_class\""
  mkdir -p "$scratch/home"
  HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/config XDG_DATA_HOME=$scratch/home/data \
    timeout 60 xvfb-run -a -s "-screen 0 1280x1024x24" bash -c '
      "$1" 2>"$2/gui.log" & gui_pid=$!
      for attempt in $(seq 100); do
        window=$(xdotool search --class "^$3\$" 2>/dev/null | head -n 1)
        [ -n "$window" ] && break
        sleep 0.2
      done
      [ -n "$window" ] && xprop -id "$window" WM_CLASS
      kill "$gui_pid"; wait "$gui_pid" 2>/dev/null || true' \
      _ "$gui" "$scratch" "$wm_class" >"$scratch/wm_class.txt" || true
  cat "$scratch/wm_class.txt"
  grep -q "\"$wm_class\"\$" "$scratch/wm_class.txt" || { cat "$scratch/gui.log"; fail "window class is not $wm_class"; }
}

if [ "$gui_built" = 1 ]; then
  step "window class of the .deb's trigger-atlas"
  check_window_class "$root/usr/bin/trigger-atlas"
fi

step "desktop-file-validate"
desktop-file-validate "$desktop_file" || fail "desktop-file-validate"

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$metainfo_file" || fail "appstreamcli validate"

step "lintian"
# lintian exits 1 when it reports an error tag and 2 when it could not check at all.
lintian_status=0
lintian --tag-display-limit 0 "$deb" >"$scratch/lintian.log" 2>&1 || lintian_status=$?
cat "$scratch/lintian.log"
if [ "$lintian_status" -ne 0 ] || grep -q '^E:' "$scratch/lintian.log"; then fail "lintian (exit $lintian_status)"; fi

echo
if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all package checks passed"
