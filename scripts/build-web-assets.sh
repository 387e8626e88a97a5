#!/usr/bin/env bash
# Rebuilds the third-party files of the web page (sitrep-server/src/main/resources/org/sitrep/server/web/vendor/)
# from npm, at the versions pinned in web/package-lock.json: Leaflet (the map), topojson-client and world-atlas
# (Natural Earth countries, the only basemap), d3-force and its three dependencies (the actor network's layout).
# Needs node and npm and the network; run from anywhere: scripts/build-web-assets.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/sitrep-server/src/main/resources/org/sitrep/server/web/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$root/web/package.json" "$root/web/package-lock.json" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --silent)
m="$work/node_modules"
rm -rf "$out"
mkdir -p "$out/licenses"
cp "$m/leaflet/dist/leaflet.js" "$m/leaflet/dist/leaflet.css" "$out/"
cp "$m/topojson-client/dist/topojson-client.min.js" "$out/"
for d in d3-dispatch d3-quadtree d3-timer d3-force; do
  cp "$m/$d/dist/$d.min.js" "$out/"
  cp "$m/$d/LICENSE" "$out/licenses/$d.LICENSE"
done
cp "$m/world-atlas/countries-50m.json" "$out/"
cp "$m/leaflet/LICENSE" "$out/licenses/leaflet.LICENSE"
cp "$m/topojson-client/LICENSE" "$out/licenses/topojson-client.LICENSE"
cp "$m/world-atlas/LICENSE" "$out/licenses/world-atlas.LICENSE"
for p in leaflet topojson-client world-atlas d3-dispatch d3-quadtree d3-timer d3-force; do
  printf '%s\t%s\n' "$p" "$(node -p "require('$m/$p/package.json').version")"
done > "$out/VERSIONS.tsv"
echo "wrote $(du -sh "$out" | cut -f1) to $out"
