#!/usr/bin/env bash
# Refresh the Qt translation catalogs of the screens, after a screen text changed.
#
#   1. pyside6-lupdate reads every Python file under ui/ and brings each
#      i18n/kiosk_<code>.ts up to date (new texts arrive marked "unfinished").
#   2. Translate them (Qt Linguist: `pyside6-linguist i18n/kiosk_<code>.ts`, or any
#      .ts editor).
#   3. pyside6-lrelease compiles each .ts into the .qm the kiosk loads.
#
# A new language: run `scripts/update_translations.sh <code>` once; it creates
# i18n/kiosk_<code>.ts. tests/ui/test_translations.py fails while a catalog is stale
# or a text is untranslated.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
[[ -x $bin/pyside6-lupdate ]] || { echo "run scripts/setup.sh test first" >&2; exit 1; }

catalogs=(i18n/kiosk_*.ts)
for code in "$@"; do
    catalogs+=("i18n/kiosk_${code}.ts")
done
mapfile -t sources < <(find ui -name '*.py' | sort)
"$bin/pyside6-lupdate" "${sources[@]}" -locations none -no-obsolete -ts "${catalogs[@]}"
for ts in "${catalogs[@]}"; do
    "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
