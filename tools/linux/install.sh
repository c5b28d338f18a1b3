#!/bin/sh
# Install Rebound for the current user: ./install.sh   (remove it again: ./install.sh --uninstall)
#
# Copies the program folder to ~/.local/share/io.github.rebound.Rebound/, adds the menu entry, the
# icon and the AppStream metainfo under ~/.local/share, and the command `rebound` in ~/.local/bin.
# Needs no root rights. Your data (~/.local/share/Rebound) is never touched, also not by --uninstall.
set -eu
APP_ID=io.github.rebound.Rebound
HERE=$(cd "$(dirname "$0")" && pwd)
SHARE=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=$HOME/.local/bin
PROGRAM=$SHARE/$APP_ID

remove() {
  rm -rf "$PROGRAM"
  rm -f "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml"
  rm -f "$SHARE"/icons/hicolor/*/apps/"$APP_ID".png "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
  if [ -L "$BIN/rebound" ]; then rm -f "$BIN/rebound"; fi
}

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  remove
  refresh
  echo "Rebound was removed (your data in $SHARE/Rebound is still there)."
  exit 0
fi
if [ ! -x "$HERE/Rebound/Rebound" ]; then
  echo "install.sh: $HERE/Rebound/Rebound is missing; run install.sh from the unpacked Rebound folder" >&2
  exit 1
fi

remove
mkdir -p "$PROGRAM" "$SHARE/applications" "$SHARE/metainfo" "$SHARE/icons/hicolor/scalable/apps" "$BIN"
cp -a "$HERE/Rebound" "$PROGRAM/"
for folder in "$HERE"/icons/hicolor/*/apps; do
  size=$(basename "$(dirname "$folder")")
  mkdir -p "$SHARE/icons/hicolor/$size/apps"
  cp "$folder"/* "$SHARE/icons/hicolor/$size/apps/"
done
cp "$HERE/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
# The menu entry starts this copy; the path is quoted as the desktop entry specification asks.
sed "s|^Exec=.*|Exec=\"$PROGRAM/Rebound/Rebound\"|" "$HERE/$APP_ID.desktop" >"$SHARE/applications/$APP_ID.desktop"
ln -sf "$PROGRAM/Rebound/Rebound" "$BIN/rebound"
refresh
echo "Rebound is installed: open it from your applications menu, or run 'rebound' ($BIN/rebound)."
