#!/usr/bin/env bash
# Fetches plotly.js-dist-min from the npm registry (or npm's local cache) and places
# plotly.min.js where the kernel jar picks it up as a resource.
# Usage: fetch-plotly.sh VERSION NPM_DIR RESOURCE_DIR
set -euo pipefail
version="$1"; npm_dir="$2"; resource_dir="$3"
tarball="$npm_dir/plotly.js-dist-min-$version.tgz"
target="$resource_dir/plotly.min.js"

if [[ -f "$target" ]] && head -c 200 "$target" | grep -q "plotly.js v$version"; then
  exit 0
fi
mkdir -p "$npm_dir" "$resource_dir"
if [[ ! -f "$tarball" ]]; then
  command -v npm >/dev/null || {
    echo "fetch-plotly: npm is missing; install it (apt-get install npm) to fetch plotly.js" >&2
    exit 1
  }
  (cd "$npm_dir" && npm pack --prefer-offline --silent "plotly.js-dist-min@$version" >/dev/null)
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
tar -xzf "$tarball" -C "$tmp" package/plotly.min.js
if ! head -c 200 "$tmp/package/plotly.min.js" | grep -q "plotly.js v$version"; then
  echo "fetch-plotly: $tarball does not hold plotly.js v$version; delete it and rebuild" >&2
  exit 1
fi
mv "$tmp/package/plotly.min.js" "$target.tmp"
mv "$target.tmp" "$target"
