#!/usr/bin/env bash
# Regenerate the JavaScript that `verbinder map` inlines: sigma.js and graphology at the versions pinned in
# package.json / package-lock.json, bundled by esbuild into one minified IIFE, with their licence texts.
# Needs node and npm (the npm registry once, for `npm ci`). Run from anywhere: vendor/map/build.sh
set -euo pipefail
cd "$(dirname "$0")"
OUT=../../src/verbinder/templates/map
npm ci --no-audit --no-fund --silent
# --legal-comments=none: the licences are shipped whole in vendor.LICENSES.txt instead.
npx --no-install esbuild entry.js --bundle --minify --format=iife --target=es2019 --legal-comments=none \
    --define:process.env.NODE_ENV='"production"' --outfile="$OUT/vendor.js"
{
    echo "The map's vendor.js bundles the following packages (npm, exact versions from vendor/map/package-lock.json)."
    for pkg in sigma graphology graphology-layout-forceatlas2 graphology-utils events; do
        version=$(node -p "require('./node_modules/$pkg/package.json').version")
        printf '\n==== %s %s ====\n\n' "$pkg" "$version"
        cat "node_modules/$pkg/LICENSE"* 2>/dev/null || cat "node_modules/$pkg/license"*
    done
} >"$OUT/vendor.LICENSES.txt"
ls -l "$OUT/vendor.js" "$OUT/vendor.LICENSES.txt"
