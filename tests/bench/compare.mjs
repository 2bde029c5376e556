// Prints the figures of `balgul-cli bench store` and of supercluster_bench.mjs side by side.
//
// usage: node compare.mjs DIR   (DIR holds balgul.json and supercluster.json)

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
    console.error('usage: node compare.mjs DIR');
    process.exit(2);
}
const ours = JSON.parse(readFileSync(join(dir, 'balgul.json'), 'utf8'));
const theirs = JSON.parse(readFileSync(join(dir, 'supercluster.json'), 'utf8'));

function format(ms) {
    return ms < 1 ? `${ms.toFixed(3)} ms` : ms < 100 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(0)} ms`;
}

function row(label, a, b, ratio) {
    console.log(`  ${label.padEnd(30)} ${a.padStart(14)} ${b.padStart(14)} ${ratio.padStart(16)}`);
}

function timeRow(label, a, b) {
    row(label, format(a), format(b), a > 0 ? `${(b / a).toFixed(1)}x` : '-');
}

console.log(`\n${ours.problems} problems, ${theirs.maxZoom} max zoom, supercluster radius ${theirs.radius} ` +
            `at extent ${theirs.extent}\n`);
row('', 'Balgul', 'supercluster', 'supercluster/us');
timeRow('points ready (read / load)', ours.pointsMs, theirs.loadMs);
timeRow('index build', ours.buildMs, theirs.buildMs);
timeRow('points + index', ours.pointsMs + ours.buildMs, theirs.loadMs + theirs.buildMs);
timeRow('query p50', ours.queryP50, theirs.queryP50);
timeRow('query p95', ours.queryP95, theirs.queryP95);
timeRow('query max', ours.queryMax, theirs.queryMax);
row('items per viewport (mean)', ours.itemsMean.toFixed(0), theirs.itemsMean.toFixed(0), '');
row('index memory', `${ours.indexMb.toFixed(0)} MB`, '-', '');
row('peak RSS', `${ours.rssMb.toFixed(0)} MB`, `${theirs.rssMb.toFixed(0)} MB`, '');
