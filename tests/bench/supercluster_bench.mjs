// Clusters the points exported by `balgul-cli bench store --export DIR` with supercluster and
// times the same viewports, so the two indexes are compared on exactly the same data.
//
// usage: node supercluster_bench.mjs DIR [--radius 32] [--extent 256]
//
// Matching the cell size: supercluster merges the points within r = radius / (extent * 2^zoom)
// world units of a seed point, so a cluster covers a disc of diameter 2r. Our cells are
// cellPixels screen pixels at 256-pixel tiles, i.e. cellPixels / (256 * 2^zoom) world units.
// Equal spans (2r = one cell) give radius / extent = cellPixels / 512: for 64-pixel cells,
// radius 32 at extent 256 (or 64 at the default extent 512). Both then show about the same
// number of items per viewport, which the output lets you check.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Supercluster from 'supercluster';

function option(name, fallback) {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 && i + 1 < process.argv.length ? Number(process.argv[i + 1]) : fallback;
}

function msSince(start) {
    return Number(process.hrtime.bigint() - start) / 1e6;
}

function summarize(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q) => sorted[Math.floor(q * (sorted.length - 1))];
    return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

function format(ms) {
    return ms < 1 ? `${ms.toFixed(3)} ms` : ms < 100 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(0)} ms`;
}

function report(label, value) {
    console.log(`  ${label.padEnd(30)} ${String(value).padStart(14)}`);
}

const dir = process.argv[2];
if (!dir || dir.startsWith('--')) {
    console.error('usage: node supercluster_bench.mjs DIR [--radius R] [--extent E]');
    process.exit(2);
}
const setup = JSON.parse(readFileSync(join(dir, 'viewports.json'), 'utf8'));
const extent = option('extent', 256);
const radius = option('radius', (setup.cellPixels / 512) * extent);

console.log(`supercluster: radius ${radius} at extent ${extent}, maxZoom ${setup.maxZoom}, ` +
            `${setup.points} points, ${setup.viewports.length} viewports`);

// Load: the binary lon/lat pairs become GeoJSON features, supercluster's input.
let start = process.hrtime.bigint();
const bytes = readFileSync(join(dir, 'points.bin'));
const coords = new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
const features = new Array(coords.length / 2);
for (let i = 0; i < features.length; i++) {
    features[i] = {
        type: 'Feature',
        properties: null,
        geometry: { type: 'Point', coordinates: [coords[2 * i], coords[2 * i + 1]] },
    };
}
const loadMs = msSince(start);

start = process.hrtime.bigint();
const index = new Supercluster({ radius, extent, maxZoom: setup.maxZoom, minPoints: 2 }).load(features);
const buildMs = msSince(start);

const queryMs = [];
let items = 0;
for (const v of setup.viewports) {
    start = process.hrtime.bigint();
    const clusters = index.getClusters([v.west, v.south, v.east, v.north], v.zoom);
    queryMs.push(msSince(start));
    items += clusters.length;
}
const query = summarize(queryMs);
const rssMb = process.resourceUsage().maxRSS / 1024;

report('load (features from points)', format(loadMs));
report('index build', format(buildMs));
report('query p50', format(query.p50));
report('query p95', format(query.p95));
report('query max', format(query.max));
report('items per viewport (mean)', Math.floor(items / setup.viewports.length));
report('peak RSS', `${rssMb.toFixed(0)} MB`);

writeFileSync(join(dir, 'supercluster.json'), JSON.stringify({
    radius, extent, maxZoom: setup.maxZoom, points: setup.points, loadMs, buildMs,
    queryP50: query.p50, queryP95: query.p95, queryMax: query.max,
    itemsMean: items / setup.viewports.length, rssMb,
}, null, 2));
