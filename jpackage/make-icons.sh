#!/usr/bin/env bash
# Draws the application icon (a lens over event lines) and writes it in each OS's format:
# icon.png (Linux), icon.ico (Windows), icon.icns (macOS). Needs ImageMagick; icon.icns also needs
# png2icns from Debian's icnsutils. Run it only to change the icon: the results are committed.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

convert -size 512x512 xc:none \
  -fill '#1f5f8b' -draw 'roundrectangle 16,16 496,496 96,96' \
  -fill '#d6e9f5' -draw 'roundrectangle 88,120 360,150 14,14' \
  -fill '#d6e9f5' -draw 'roundrectangle 88,200 300,230 14,14' \
  -fill '#d6e9f5' -draw 'roundrectangle 88,280 250,310 14,14' \
  -fill none -stroke '#ffc857' -strokewidth 34 -draw 'circle 300,290 300,190' \
  -stroke '#ffc857' -strokewidth 52 -draw 'line 372,362 440,430' \
  "$work/icon-512.png"

for size in 16 32 48 128 256; do
  convert "$work/icon-512.png" -resize "${size}x${size}" -depth 8 "$work/icon-$size.png"
done
cp "$work/icon-256.png" icon.png
convert "$work/icon-16.png" "$work/icon-32.png" "$work/icon-48.png" "$work/icon-256.png" icon.ico
png2icns icon.icns "$work/icon-16.png" "$work/icon-32.png" "$work/icon-48.png" "$work/icon-128.png" \
  "$work/icon-256.png" "$work/icon-512.png" >/dev/null
