#!/bin/sh
# Install Interview Loop Planner from the unpacked Linux archive, for one user (default) or
# system-wide, the way desktop apps are found: a launcher on PATH, a menu entry, an icon and
# AppStream metadata for software centres.
#
#   sh install.sh                     # into ~/.local   (no root needed)
#   sudo PREFIX=/usr/local sh install.sh
#   sh install.sh --uninstall         # same PREFIX as the install
#
# Your interview databases live in your user data folder and are never touched here.
set -eu

APP_ID=interview-loop-planner
PREFIX="${PREFIX:-$HOME/.local}"
HERE="$(cd "$(dirname "$0")" && pwd)"
LIB_DIR="$PREFIX/lib/$APP_ID"
BIN="$PREFIX/bin/interview-planner"
SHARE="$PREFIX/share"
DESKTOP="$SHARE/applications/$APP_ID.desktop"
METAINFO="$SHARE/metainfo/$APP_ID.metainfo.xml"
ICON_SIZES="16 24 32 48 64 128 256 512"

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$SHARE/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$LIB_DIR"
    rm -f "$BIN" "$DESKTOP" "$METAINFO" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $ICON_SIZES; do
        rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    refresh_caches
    echo "Interview Loop Planner removed from $PREFIX (your databases are still in your user data folder)."
    exit 0
fi

if [ ! -x "$HERE/app/interview-planner" ]; then
    echo "install.sh: $HERE/app/interview-planner not found: run this from the unpacked archive" >&2
    exit 1
fi

# The app folder is replaced as a whole: files left over from an older version must not linger.
mkdir -p "$PREFIX/lib" "$PREFIX/bin"
rm -rf "$LIB_DIR.new"
cp -a "$HERE/app" "$LIB_DIR.new"
rm -rf "$LIB_DIR"
mv "$LIB_DIR.new" "$LIB_DIR"
ln -sf "$LIB_DIR/interview-planner" "$BIN"

mkdir -p "$SHARE/applications" "$SHARE/metainfo" "$SHARE/icons/hicolor/scalable/apps"
# The menu entry starts the installed launcher by its full path: ~/.local/bin is not on every
# desktop session's PATH.
sed "s|^Exec=.*|Exec=$BIN|" "$HERE/share/applications/$APP_ID.desktop" > "$DESKTOP"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$METAINFO"
cp "$HERE/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$SHARE/icons/hicolor/scalable/apps/"
for size in $ICON_SIZES; do
    mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
    cp "$HERE/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" "$SHARE/icons/hicolor/${size}x${size}/apps/"
done
refresh_caches

echo "Interview Loop Planner installed in $LIB_DIR"
echo "  menu entry: $DESKTOP"
echo "  command:    $BIN"
case ":$PATH:" in
    *":$PREFIX/bin:"*) ;;
    *) echo "  ($PREFIX/bin is not on your PATH: add it to use 'interview-planner' in a terminal)" ;;
esac
