// TSL benchmark: the same five queries through our engine, alasql, mingo and a
// hand-written loop over generated vSphere VMs. Checks that all engines agree,
// prints medians and ratios, and writes bench/tsl/results.json.
//
//   npx tsx bench/tsl/run.ts [--sizes 10000,100000] [--runs 9] [--warmup 3]

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import alasql from 'alasql';
import * as mingo from 'mingo';
import { generateVsphereInventory, type VsphereVm } from '../../mocks/inventory/generators/vsphere';
import { compileQuery, parseQuery } from '../../src/tsl';
import { QUERIES, type MingoAggregate, type MingoFind } from './queries';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const sizes = arg('sizes', '10000,100000').split(',').map(Number);
const runs = Number(arg('runs', '9'));
const warmup = Number(arg('warmup', '3'));

// alasql has no array sum or any(); these user functions are its idiomatic equivalent.
const fns = alasql.fn as Record<string, (...args: never[]) => unknown>;
fns.sumCapacity = ((disks: { capacity: number }[]) => {
  let total = 0;
  for (const d of disks) total += d.capacity;
  return total;
}) as never;
fns.hasCritical = ((concerns: { category: string }[]) => concerns.some((c) => c.category === 'Critical')) as never;

const find = mingo.find as unknown as MingoFind;
const aggregate = mingo.aggregate as unknown as MingoAggregate;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => unknown): { ms: number; result: unknown } {
  let result: unknown;
  for (let i = 0; i < warmup; i++) result = fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = fn();
    samples.push(performance.now() - t);
  }
  return { ms: median(samples), result };
}

interface Row {
  size: number;
  query: string;
  title: string;
  ms: { tsl: number; hand: number; alasql: number; mingo: number };
  rows: number;
  agree: boolean;
}

const results: Row[] = [];
let disagreements = 0;
for (const size of sizes) {
  const vms: readonly VsphereVm[] = generateVsphereInventory({ seed: 42, vms: size }).vms;
  console.log(`\n${size.toLocaleString('en-US')} VMs (median of ${runs} runs after ${warmup} warm-up runs, ms)`);
  console.log('query                        tsl     hand   alasql    mingo   tsl/hand  alasql/tsl');
  for (const q of QUERIES) {
    // Compiled once, run many times: the way the inventory page uses it.
    const compiled = compileQuery(parseQuery(q.tsl));
    const engines = {
      tsl: () => compiled.run(vms).rows,
      hand: () => q.hand(vms),
      alasql: () => alasql(q.alasql, [vms]) as unknown[],
      mingo: () => q.mingo(find, aggregate, vms),
    };
    const timed = Object.fromEntries(Object.entries(engines).map(([k, fn]) => [k, time(fn)])) as Record<keyof typeof engines, { ms: number; result: unknown }>;
    const canon = Object.fromEntries(Object.entries(timed).map(([k, t]) => [k, q.canon(t.result as Record<string, unknown>[])]));
    const agree = canon.tsl === canon.hand && canon.tsl === canon.alasql && canon.tsl === canon.mingo;
    if (!agree) {
      disagreements++;
      for (const [k, c] of Object.entries(canon)) if (c !== canon.tsl) console.error(`  ${q.id}: ${k} disagrees with tsl`);
    }
    const ms = { tsl: timed.tsl.ms, hand: timed.hand.ms, alasql: timed.alasql.ms, mingo: timed.mingo.ms };
    const count = (timed.tsl.result as unknown[]).length;
    results.push({ size, query: q.id, title: q.title, ms, rows: count, agree });
    console.log(
      `${q.id.padEnd(22)} ${ms.tsl.toFixed(1).padStart(8)} ${ms.hand.toFixed(1).padStart(8)} ${ms.alasql.toFixed(1).padStart(8)} ${ms.mingo.toFixed(1).padStart(8)} ${(ms.tsl / ms.hand).toFixed(2).padStart(9)}x ${(ms.alasql / ms.tsl).toFixed(2).padStart(10)}x${agree ? '' : '  DISAGREE'}`,
    );
  }
}

const out = join(dirname(fileURLToPath(import.meta.url)), 'results.json');
writeFileSync(out, JSON.stringify({ node: process.version, date: new Date().toISOString(), runs, warmup, results }, null, 2) + '\n');
console.log(`\nwrote ${out}${disagreements ? `; ${disagreements} disagreement(s)` : '; all engines agree'}`);
if (disagreements) process.exitCode = 1;
