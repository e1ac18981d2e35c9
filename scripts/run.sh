#!/usr/bin/env bash
# Sets up (Debian packages), builds and starts the Trigger Atlas desktop app.
# Usage: scripts/run.sh [APP ARGUMENTS...]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$(nproc)"
exec build/bin/trigger-atlas "$@"
