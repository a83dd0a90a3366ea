/**
 * `npm run bench:size`: builds the production plugin and reports
 * - wall time and peak memory (RSS of the whole process tree) of the build,
 * - gzipped JS of dist/: the entry, what each exposed module loads, the
 *   PatternFly fallbacks (loaded only when the console does not provide the
 *   module), the workers, and the total;
 * - and it FAILS (exit code 1) when a Monaco module is in the plugin's chunks:
 *   the plugin uses the console's Monaco through the SDK's CodeEditor and must
 *   not bundle its own (target: the whole dist/ ≤ 0.5 MB gzipped).
 * Writes bench/size/results.json and prints a Markdown table.
 * Options: --no-build (measure the existing dist/ only), --runs N (build N times, report the median).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { samplePeak } from './procTree';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const statsFile = path.join(root, 'bench/size/.stats.json');
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const runs = Number(args[args.indexOf('--runs') + 1]) || 1;

const build = (): Promise<{ seconds: number; peakMb: number }> =>
  new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', './node_modules/webpack-cli/bin/cli.js', '--config', 'webpack.config.ts', '--mode', 'production', '--json', statsFile],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const stop = samplePeak(child.pid!);
    child.on('exit', (code) => {
      const peakKb = stop();
      if (code !== 0) return reject(new Error(`build failed with exit code ${code}`));
      resolve({ seconds: Number(process.hrtime.bigint() - start) / 1e9, peakMb: peakKb / 1024 });
    });
  });

const gz = (file: string): number => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const TARGET_TOTAL_BYTES = 512 * 1024;
/** Strings only Monaco's code carries (command ids, its module paths in nls keys). */
const MONACO_SIGNATURES = ['editor.action.triggerSuggest', 'vs/editor/common/', 'monaco-editor/esm/'];

/** Monaco modules webpack put in the build (from the stats), plus files with Monaco's code (minified names gone). */
const monacoInBuild = (): string[] => {
  const found: string[] = [];
  if (fs.existsSync(statsFile)) {
    const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8')) as { modules?: { name?: string }[] };
    for (const m of stats.modules ?? []) if (m.name && /node_modules[\\/]monaco-editor/.test(m.name)) found.push(`module ${m.name}`);
  }
  for (const f of fs.readdirSync(dist).filter((x) => x.endsWith('.js'))) {
    const text = fs.readFileSync(path.join(dist, f), 'utf8');
    const hit = MONACO_SIGNATURES.find((sig) => text.includes(sig));
    if (hit) found.push(`file ${f} (contains "${hit}")`);
  }
  return found;
};

interface Chunk {
  files: string[];
  names: string[];
  origins: { request?: string; moduleName?: string }[];
}

const classify = () => {
  const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8')) as { chunks: Chunk[] };
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const exposed: Record<string, string> = pkg.consolePlugin.exposedModules;
  const jsFiles = fs.readdirSync(dist).filter((f) => f.endsWith('.js'));
  const sizes = new Map(jsFiles.map((f) => [f, gz(f)]));
  const perModule: Record<string, number> = {};
  const counted = new Set<string>(['plugin-entry.js']);
  for (const [name, request] of Object.entries(exposed)) {
    const files = stats.chunks
      .filter((c) => c.origins.some((o) => o.request === request))
      .flatMap((c) => c.files.filter((f) => f.endsWith('.js')));
    perModule[name] = files.reduce((sum, f) => sum + (sizes.get(f) ?? 0), 0);
    files.forEach((f) => counted.add(f));
  }
  const isFallback = (c: Chunk) => c.origins.length > 0 && c.origins.every((o) => /^(consume|provide) shared module/.test(o.request ?? o.moduleName ?? ''));
  const fallbackFiles = stats.chunks.filter(isFallback).flatMap((c) => c.files.filter((f) => f.endsWith('.js')));
  const workerFiles = jsFiles.filter((f) => f.includes('.worker.'));
  const fallback = fallbackFiles.filter((f) => !counted.has(f)).reduce((s, f) => s + (sizes.get(f) ?? 0), 0);
  fallbackFiles.forEach((f) => counted.add(f));
  const workers = workerFiles.reduce((s, f) => s + (sizes.get(f) ?? 0), 0);
  workerFiles.forEach((f) => counted.add(f));
  const other = jsFiles.filter((f) => !counted.has(f)).reduce((s, f) => s + (sizes.get(f) ?? 0), 0);
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  return { entry: sizes.get('plugin-entry.js') ?? 0, perModule, fallback, workers, other, total, files: jsFiles.length };
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const main = async () => {
  const builds: { seconds: number; peakMb: number }[] = [];
  if (!noBuild) for (let i = 0; i < runs; i++) builds.push(await build());
  if (!fs.existsSync(statsFile)) throw new Error('no stats: run without --no-build first');
  const sizes = classify();
  const monaco = monacoInBuild();
  const result = {
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, node ${process.version}`,
    build: builds.length ? { seconds: median(builds.map((b) => b.seconds)), peakMb: median(builds.map((b) => b.peakMb)), runs: builds.length } : undefined,
    gzipBytes: sizes,
    monacoInPlugin: monaco.slice(0, 20),
  };
  fs.writeFileSync(path.join(root, 'bench/size/results.json'), JSON.stringify(result, null, 2) + '\n');
  const lines = [
    '| what | gzipped KB |',
    '| --- | ---: |',
    `| entry (plugin-entry.js) | ${kb(sizes.entry)} |`,
    ...Object.entries(sizes.perModule).map(([name, bytes]) => `| exposed module ${name} (its chunks) | ${kb(bytes)} |`),
    `| PatternFly fallbacks (only when the console lacks the module) | ${kb(sizes.fallback)} |`,
    `| workers (the query worker) | ${kb(sizes.workers)} |`,
    `| other lazy chunks | ${kb(sizes.other)} |`,
    `| **total JS in dist/** (${sizes.files} files) | **${kb(sizes.total)}** |`,
  ];
  if (result.build) lines.push('', `Build: ${result.build.seconds.toFixed(1)} s wall, ${result.build.peakMb.toFixed(0)} MB peak RSS (median of ${result.build.runs}).`);
  lines.push('', `Target total ≤ ${kb(TARGET_TOTAL_BYTES)} KB gzipped: ${sizes.total <= TARGET_TOTAL_BYTES ? 'met' : 'MISSED'}.`);
  console.log(lines.join('\n'));
  if (!noBuild) fs.rmSync(statsFile, { force: true });
  if (monaco.length > 0) {
    console.error(`\nFAIL: Monaco is bundled in the plugin (use the console's through the SDK's CodeEditor):\n  ${monaco.slice(0, 20).join('\n  ')}`);
    process.exit(1);
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
