#!/usr/bin/env bash
# Renders a report workbook the way a reader without Excel sees it: LibreOffice converts it to
# PDF (charts drawn from the file's own parts), pdftoppm turns each page into a PNG.
# Usage: scripts/render-report.sh [report.xlsx] [out-dir]   (npm run render-report)
# Needs: soffice (apt-get install libreoffice-calc), pdftoppm (apt-get install poppler-utils) and
# the Carlito font (fonts-crosextra-carlito: Calibri's metric twin, or columns print wider).
set -euo pipefail

input="${1:-report.xlsx}"
out="${2:-test-output/render}"
dpi="${RENDER_DPI:-80}"

for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || {
    echo "render-report: $tool not found (apt-get install libreoffice-calc poppler-utils)" >&2
    exit 2
  }
done
[ -f "$input" ] || { echo "render-report: no such file: $input" >&2; exit 2; }

mkdir -p "$out"
name="$(basename "${input%.*}")"
# A private profile directory: a second soffice (or a user's running one) does not block this.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$input" >/dev/null
pdftoppm -r "$dpi" -png "$out/$name.pdf" "$out/$name-page"
ls "$out/$name".pdf "$out/$name"-page*.png
