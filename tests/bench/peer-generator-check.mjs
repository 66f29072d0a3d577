#!/usr/bin/env node
// Checks that brug_bench_sync's port of the peer benchmark's record generator makes the same
// documents as the original: runs makeReferrals() from PEER/bench.mjs (its source, unchanged)
// and `BRUG_BENCH_SYNC --check-generator`, and compares the documents with sorted keys.
//   node peer-generator-check.mjs PEER_DIR BRUG_BENCH_SYNC [N]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [peerDir, brugBin, nArg] = process.argv.slice(2);
const n = Number(nArg || 1000);
const src = fs.readFileSync(path.join(peerDir, 'bench.mjs'), 'utf8');
const start = src.indexOf('function mulberry32');
const end = src.indexOf('// Worker: one device process');
if (start < 0 || end < 0) throw new Error('bench.mjs changed: generator not found');
const body = src.slice(start, end).replace(/^\/\/ -+$/m, '');
const makeReferrals = new Function(`${body}; return makeReferrals;`)();

const sorted = (o) => JSON.stringify(o, Object.keys(o).sort());
const peer = makeReferrals(n, 20240601);
const ours = execFileSync(brugBin, ['--check-generator', '--seed', '20240601', '--sizes', String(n)], { encoding: 'utf8', maxBuffer: 1 << 28 })
  .trim().split('\n').map((l) => JSON.parse(l));
let same = 0;
for (let i = 0; i < ours.length; i++) if (sorted(ours[i]) === sorted(peer[i])) same++;
const bytes = peer.map((d) => Buffer.byteLength(JSON.stringify(d)));
const avg = bytes.reduce((a, b) => a + b, 0) / bytes.length;
console.log(JSON.stringify({ compared: ours.length, identical: same, peer_doc_json_bytes_avg: avg }));
if (same !== ours.length) {
  for (let i = 0; i < ours.length; i++)
    if (sorted(ours[i]) !== sorted(peer[i])) { console.error('ours:', sorted(ours[i])); console.error('peer:', sorted(peer[i])); break; }
  process.exit(1);
}
