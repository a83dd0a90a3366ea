/**
 * `npx tsx bench/inventory/parse.ts [--vms 20000]`: how fast a streamed
 * inventory body can be parsed, in 64 KB pieces as a download delivers it:
 * our JsonArraySplitter (indexOf/char scan + native JSON.parse per piece)
 * against @streamparser/json (a JavaScript tokenizer) and, as the floor, one
 * JSON.parse of the whole text (which cannot overlap the download).
 */
import { parseArgs } from 'node:util';
import { JSONParser } from '@streamparser/json';
import { generateVsphereInventory } from '../../mocks/inventory/generators/vsphere';
import { createVsphereProviderInventory } from '../../mocks/inventory/providers/vsphere';
import { listJson } from '../../mocks/inventory/serialize';
import { JsonArraySplitter } from '../../src/inventory/engine/jsonArraySplitter';

const { values } = parseArgs({ options: { vms: { type: 'string', default: '20000' }, runs: { type: 'string', default: '3' } } });
const inventory = createVsphereProviderInventory(generateVsphereInventory({ seed: 1, vms: Number(values.vms) }));
const text = listJson(inventory.collection('vms')!, (i) => `providers/vsphere/x/vms/${i.id}`, 4 as Parameters<typeof listJson>[2]);
const PIECE = 64 * 1024;
const pieces: string[] = [];
for (let i = 0; i < text.length; i += PIECE) pieces.push(text.slice(i, i + PIECE));

const time = (f: () => number): { ms: number; rows: number } => {
  const start = performance.now();
  const rows = f();
  return { ms: performance.now() - start, rows };
};

const splitter = () => {
  const s = new JsonArraySplitter();
  let n = 0;
  for (const p of pieces) n += s.push(p).length;
  return n + s.end().length;
};

const streamparser = () => {
  let n = 0;
  const parser = new JSONParser({ paths: ['$.*'], keepStack: false });
  parser.onValue = () => {
    n++;
  };
  for (const p of pieces) parser.write(p);
  return n;
};

const whole = () => (JSON.parse(text) as unknown[]).length;

const results: Record<string, number[]> = { 'JsonArraySplitter (ours)': [], '@streamparser/json': [], 'JSON.parse whole text (floor)': [] };
for (let r = 0; r < Number(values.runs); r++) {
  results['JsonArraySplitter (ours)'].push(time(splitter).ms);
  results['@streamparser/json'].push(time(streamparser).ms);
  results['JSON.parse whole text (floor)'].push(time(whole).ms);
}
console.log(`${Number(values.vms).toLocaleString('en-US')} VMs, ${(text.length / 1e6).toFixed(1)} MB in ${pieces.length} pieces of 64 KB; median of ${values.runs} (ms):`);
for (const [name, xs] of Object.entries(results)) console.log(`| ${name} | ${[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(0)} |`);
