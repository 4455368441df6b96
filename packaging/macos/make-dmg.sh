#!/usr/bin/env bash
# A .dmg that opens on the app and a link to Applications, for the admin to drag one onto
# the other. Used by .github/workflows/build.yml:
#   packaging/macos/make-dmg.sh "dist/LSP Desktop.app" LSP-Desktop-0.1.0-macos-intel.dmg
set -euo pipefail
app="$1"
out="$2"
[ -d "$app" ] || { echo "make-dmg.sh: no app at $app" >&2; exit 2; }
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
# ditto keeps the bundle's symlinks, modes and signature; cp -R would not.
ditto "$app" "$stage/$(basename "$app")"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "LSP Desktop" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$out"
hdiutil verify "$out"
