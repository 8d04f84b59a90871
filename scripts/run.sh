#!/usr/bin/env bash
# Sets up (first time) and runs the kiosk. Arguments go to main.py: see --help.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh run
exec .venv/bin/python main.py "$@"
