#!/usr/bin/env bash
# Rebuilds echarts.min.js from the pinned echarts npm package with only the
# chart types and components csbook uses (build/entry.js), minified by the
# pinned esbuild; then records the version and checksum in VERSION. The
# LICENSE, LICENSE-d3 and NOTICE files beside it are ECharts' own, kept with
# the build. Needs Node.js and npm; run it after changing entry.js or the pins
# in build/package.json, and commit the result.
set -euo pipefail
cd "$(dirname "$0")/build"
npm ci --no-audit --no-fund
npx esbuild entry.js --bundle --minify --format=iife --target=es2017 \
  --legal-comments=none --outfile=../echarts.min.js
cp node_modules/echarts/LICENSE ../LICENSE
cp node_modules/echarts/NOTICE ../NOTICE
cp node_modules/echarts/licenses/LICENSE-d3 ../LICENSE-d3
cd ..
{
  echo "echarts $(node -p 'require("./build/node_modules/echarts/package.json").version') from the npm package, a custom build by build.sh (build/entry.js: bar, line, scatter, heatmap; grid, legend, tooltip, visualMap, markLine; SVG renderer)"
  echo "sha256 $(sha256sum echarts.min.js | cut -d' ' -f1)"
} > VERSION
echo "echarts.min.js: $(wc -c < echarts.min.js) bytes"
