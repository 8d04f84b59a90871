#!/usr/bin/env bash
# Refresh the Qt translation catalogs of the screens, after a screen text changed.
#
#   1. pyside6-lupdate reads every Python file under ui/ and brings each
#      i18n/kiosk_<code>.ts up to date (new texts arrive marked "unfinished").
#   2. Translate them (Qt Linguist: `pyside6-linguist i18n/kiosk_<code>.ts`, or any
#      .ts editor).
#   3. pyside6-lrelease compiles each .ts into the .qm the kiosk loads.
#
# English is the source language: its catalog, i18n/kiosk_en.ts, holds only the counted
# texts ("%n seconds", lupdate -pluralonly), whose English forms ("1 second") it gives.
#
# A new language: run `scripts/update_translations.sh <code>` once; it creates
# i18n/kiosk_<code>.ts. tests/ui/test_translations.py fails while a catalog is stale
# or a text is untranslated.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
[[ -x $bin/pyside6-lupdate ]] || { echo "run scripts/setup.sh test first" >&2; exit 1; }

source_catalog=i18n/kiosk_en.ts
catalogs=()
for ts in i18n/kiosk_*.ts; do
    [[ $ts == "$source_catalog" ]] || catalogs+=("$ts")
done
for code in "$@"; do
    catalogs+=("i18n/kiosk_${code}.ts")
done
mapfile -t sources < <(find ui -name '*.py' | sort)
"$bin/pyside6-lupdate" "${sources[@]}" -locations none -no-obsolete -ts "${catalogs[@]}"
"$bin/pyside6-lupdate" "${sources[@]}" -locations none -no-obsolete -pluralonly \
    -source-language en_GB -target-language en_GB -ts "$source_catalog"
for ts in "${catalogs[@]}" "$source_catalog"; do
    "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
