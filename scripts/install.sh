#!/usr/bin/env bash
# Install everything docproc needs on a Debian/Ubuntu machine: system packages (Tesseract with
# Vietnamese data, fonts for the test-document generator) and a virtual environment in .venv
# with docproc and its Python dependencies. Safe to run again.
#   bash scripts/install.sh          # runtime
#   bash scripts/install.sh --dev    # + test and lint tools
set -euo pipefail
cd "$(dirname "$0")/.."

extra=""
[ "${1:-}" = "--dev" ] && extra="[dev]"

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
pkgs=(python3 python3-venv python3-pip tesseract-ocr tesseract-ocr-vie fonts-liberation2 poppler-utils)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "docproc: installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
"$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "docproc needs Python >= 3.11" >&2; exit 1; }
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".${extra}"
echo "docproc: installed ($(.venv/bin/docproc --version)); tesseract: $(tesseract --version 2>&1 | head -1)"
