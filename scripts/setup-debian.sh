#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing, fuzzing, packaging and running
# Trigger Atlas needs. Idempotent: apt-get skips what is already there. Run as root (or via sudo).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake pkg-config git
  # core and front ends
  libtinyxml2-dev libsqlite3-dev nlohmann-json3-dev libsdl2-dev libimgui-dev libstb-dev
  libfreetype-dev libfontconfig-dev libcairo2-dev libpango1.0-dev fonts-dejavu-core
  libgl1 libgl1-mesa-dri libportal-dev
  # optional: the movement reminder's desktop notification (without it, a banner in the window)
  libnotify-dev
  # tests
  catch2 xvfb xauth xdotool x11-utils qpdf poppler-utils locales
  dbus python3-gi        # a stand-in desktop portal on a private session bus
  faketime dbus-daemon   # the movement reminder's end-to-end tests: a fast clock, a private session bus
  # fuzzing and sanitizers
  clang-14 libclang-rt-14-dev
  # packaging checks
  dpkg-dev file desktop-file-utils appstream lintian
  # benchmarks (bench/run.sh)
  time valgrind bc
  # atlas authoring (tools/atlas-draft)
  python3 python3-shapely
)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages already installed"
else
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# A decimal-comma locale, so the tests that numbers ignore the locale really run under one.
if ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
  echo "setup: generating the de_DE.UTF-8 locale"
  "${sudo_cmd[@]}" sed -i 's/^# *\(de_DE\.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  grep -q '^de_DE.UTF-8 UTF-8' /etc/locale.gen || echo 'de_DE.UTF-8 UTF-8' | "${sudo_cmd[@]}" tee -a /etc/locale.gen >/dev/null
  "${sudo_cmd[@]}" locale-gen >/dev/null
fi
