#!/bin/sh
# Adds FRAMES LMS to this user's applications menu (no root needed). Run it from the unpacked
# frames-lms folder; run it again after moving the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$data/applications" "$data/icons/hicolor/256x256/apps"
cp "$here/frames-lms.png" "$data/icons/hicolor/256x256/apps/frames-lms.png"
sed "s|^Exec=.*|Exec=\"$here/frames-desktop\"|" "$here/frames-desktop.desktop" \
  > "$data/applications/frames-desktop.desktop"
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database "$data/applications" || true
fi
echo "FRAMES LMS is in the applications menu: $data/applications/frames-desktop.desktop"
