// TSL benchmark: the same five queries through our engine (with column caches,
// and without them as `rows`: the closure engine as it was), alasql, mingo and
// a hand-written loop over generated vSphere VMs. Checks that all engines agree,
// prints medians and ratios, and writes bench/tsl/results.json.
//
//   npx tsx bench/tsl/run.ts [--sizes 10000,100000] [--runs 9] [--warmup 3]
//                            [--engines tsl,rows,hand,alasql,mingo] [--queries q1,q3]
//
// results.json is only written by a full run (all engines, all queries).

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
const ALL_ENGINES = ['tsl', 'rows', 'hand', 'alasql', 'mingo'] as const;
type Engine = (typeof ALL_ENGINES)[number];
const engineNames = arg('engines', ALL_ENGINES.join(',')).split(',') as Engine[];
if (!engineNames.includes('tsl') || engineNames.some((e) => !ALL_ENGINES.includes(e))) throw new Error(`--engines: a subset of ${ALL_ENGINES.join(',')} that includes tsl`);
const queryFilter = arg('queries', '').split(',').filter(Boolean);
const queries = QUERIES.filter((q) => queryFilter.length === 0 || queryFilter.some((f) => q.id.startsWith(f)));
const fullRun = engineNames.length === ALL_ENGINES.length && queries.length === QUERIES.length;

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

/**
 * Times the engines on the same query. TSL, the hand-written loop and alasql
 * are interleaved: after the warm-up runs, each round runs each of them once
 * (rotating who goes first), so a burst of load from other processes hits them
 * alike. mingo is timed afterwards on its own: it allocates hundreds of MB per
 * run, and inside the rotation whoever ran next paid for collecting that.
 * Returns per-engine medians and the raw samples, so ratios can be taken
 * within a round.
 */
function timeAll<K extends string>(engines: Record<K, () => unknown>): { ms: Record<K, number>; samples: Record<K, number[]>; results: Record<K, unknown> } {
  const names = Object.keys(engines) as K[];
  const rotating = names.filter((k) => k !== 'mingo');
  const results = {} as Record<K, unknown>;
  const samples = Object.fromEntries(names.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  const sample = (k: K): void => {
    const t = performance.now();
    results[k] = engines[k]();
    samples[k].push(performance.now() - t);
  };
  for (const k of rotating) for (let i = 0; i < warmup; i++) results[k] = engines[k]();
  for (let r = 0; r < runs; r++) for (let j = 0; j < rotating.length; j++) sample(rotating[(j + r) % rotating.length]);
  for (const k of names.filter((n) => n === 'mingo')) {
    for (let i = 0; i < warmup; i++) results[k] = engines[k]();
    for (let r = 0; r < runs; r++) sample(k);
  }
  const ms = {} as Record<K, number>;
  for (const k of names) ms[k] = median(samples[k]);
  return { ms, samples, results };
}

/** Median over rounds of a[r] / b[r]: how many times slower a was than b in the same round. */
function pairedRatio(a: readonly number[], b: readonly number[]): number {
  return median(a.map((x, r) => x / b[r]));
}

interface Row {
  size: number;
  query: string;
  title: string;
  ms: Partial<Record<Engine, number>>;
  /** Median over rounds of (TSL time / hand time), (TSL without columns / hand) and (alasql time / TSL time) in the same round. */
  ratios: { tslOverHand: number; rowsOverHand: number; alasqlOverTsl: number };
  /** TSL's first run on a new rows array: builds the column caches the query needs, then runs. */
  firstRunMs: number;
  rows: number;
  agree: boolean;
}

const results: Row[] = [];
let disagreements = 0;
for (const size of sizes) {
  const vms: readonly VsphereVm[] = generateVsphereInventory({ seed: 42, vms: size }).vms;
  console.log(`\n${size.toLocaleString('en-US')} VMs (median of ${runs} runs after ${warmup} warm-up runs, ms)`);
  console.log('query                        tsl     rows     hand   alasql    mingo   tsl/hand  rows/hand  alasql/tsl  1st run');
  for (const q of queries) {
    // Compiled once, run many times: the way the inventory page uses it.
    const compiled = compileQuery(parseQuery(q.tsl));
    const withoutColumns = compileQuery(parseQuery(q.tsl), { columns: false });
    // The one-off cost: the first run on a new array builds that array's column caches.
    const fresh = vms.slice();
    const t0 = performance.now();
    compiled.run(fresh);
    const firstRunMs = performance.now() - t0;
    const every: Record<Engine, () => unknown> = {
      tsl: () => compiled.run(vms).rows,
      rows: () => withoutColumns.run(vms).rows,
      hand: () => q.hand(vms),
      alasql: () => alasql(q.alasql, [vms]) as unknown[],
      mingo: () => q.mingo(find, aggregate, vms),
    };
    const timed = timeAll(Object.fromEntries(engineNames.map((e) => [e, every[e]])) as Record<Engine, () => unknown>);
    const canon = Object.fromEntries(Object.entries(timed.results).map(([k, r]) => [k, q.canon(r as Record<string, unknown>[])]));
    const agree = Object.values(canon).every((c) => c === canon.tsl);
    if (!agree) {
      disagreements++;
      for (const [k, c] of Object.entries(canon)) if (c !== canon.tsl) console.error(`  ${q.id}: ${k} disagrees with tsl`);
    }
    const ms = timed.ms as Partial<Record<Engine, number>>;
    const cell = (e: Engine): string => (ms[e] === undefined ? '-' : ms[e].toFixed(1)).padStart(8);
    const ratios = {
      tslOverHand: timed.samples.hand ? pairedRatio(timed.samples.tsl, timed.samples.hand) : NaN,
      rowsOverHand: timed.samples.hand && timed.samples.rows ? pairedRatio(timed.samples.rows, timed.samples.hand) : NaN,
      alasqlOverTsl: timed.samples.alasql ? pairedRatio(timed.samples.alasql, timed.samples.tsl) : NaN,
    };
    const count = (timed.results.tsl as unknown[]).length;
    results.push({ size, query: q.id, title: q.title, ms, ratios, firstRunMs, rows: count, agree });
    console.log(
      `${q.id.padEnd(22)} ${cell('tsl')} ${cell('rows')} ${cell('hand')} ${cell('alasql')} ${cell('mingo')} ${ratios.tslOverHand.toFixed(2).padStart(9)}x ${ratios.rowsOverHand.toFixed(2).padStart(9)}x ${ratios.alasqlOverTsl.toFixed(2).padStart(10)}x ${firstRunMs.toFixed(1).padStart(8)}${agree ? '' : '  DISAGREE'}`,
    );
  }
}

const agreement = disagreements ? `${disagreements} disagreement(s)` : 'all engines agree';
if (fullRun) {
  const out = join(dirname(fileURLToPath(import.meta.url)), 'results.json');
  writeFileSync(out, JSON.stringify({ node: process.version, date: new Date().toISOString(), runs, warmup, results }, null, 2) + '\n');
  console.log(`\nwrote ${out}; ${agreement}`);
} else {
  console.log(`\npartial run, results.json not written; ${agreement}`);
}
if (disagreements) process.exitCode = 1;
