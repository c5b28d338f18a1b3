#!/bin/sh
# The Debian/Ubuntu packages Rebound needs beyond python3 and make: venv support, the libraries Qt
# loads (also offscreen), and the validators of the desktop entry and the AppStream metainfo.
# `system-deps.sh dist` adds what building and smoke-testing the frozen app needs (make dist, make
# smoke): binutils for PyInstaller, the X11 libraries Qt's xcb plugin links (bundled into the app),
# and a Secret Service (GNOME Keyring on a D-Bus session) that the frozen app's keyring must reach.
# Installed when running as root; otherwise listed.
set -eu
PACKAGES="python3-venv libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 fonts-dejavu-core"
PACKAGES="$PACKAGES desktop-file-utils appstream"
# the tests' IMAP server (tests/imap_server.py starts it unprivileged on a loopback port; never as a service)
PACKAGES="$PACKAGES dovecot-imapd"
# make test starts a throwaway PostgreSQL cluster (tests/pg_server.py): the server, and unaccent/pg_trgm for search
PACKAGES="$PACKAGES postgresql postgresql-contrib"
if [ "${1:-}" = dist ]; then
  PACKAGES="$PACKAGES binutils libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0"
  PACKAGES="$PACKAGES libxcb-xkb1 libxkbcommon-x11-0 dbus-daemon gnome-keyring"
fi
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# Some images ship a Python with venv built in; then python3-venv is not needed.
case "$missing" in *python3-venv*) python3 -c 'import ensurepip' 2>/dev/null && missing=$(echo "$missing" | sed 's/ python3-venv//') ;; esac
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "Rebound needs these system packages:$missing" >&2
  echo "Install them with: sudo apt-get install$missing" >&2
  case "$missing" in *postgresql*) echo "Without them the PostgreSQL half of the tests is reported as not run." >&2 ;; esac
fi
