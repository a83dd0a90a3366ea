/**
 * `npm run bench:size`: builds the production plugin and reports
 * - wall time and peak memory (RSS of the whole process tree) of the build,
 * - gzipped JS of dist/: the entry, what each exposed module loads, the
 *   PatternFly fallbacks (loaded only when the console does not provide the
 *   module), Monaco's chunks and workers, and the total.
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
  const result = {
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, node ${process.version}`,
    build: builds.length ? { seconds: median(builds.map((b) => b.seconds)), peakMb: median(builds.map((b) => b.peakMb)), runs: builds.length } : undefined,
    gzipBytes: sizes,
  };
  fs.writeFileSync(path.join(root, 'bench/size/results.json'), JSON.stringify(result, null, 2) + '\n');
  const lines = [
    '| what | gzipped KB |',
    '| --- | ---: |',
    `| entry (plugin-entry.js) | ${kb(sizes.entry)} |`,
    ...Object.entries(sizes.perModule).map(([name, bytes]) => `| exposed module ${name} (its chunks) | ${kb(bytes)} |`),
    `| PatternFly fallbacks (only when the console lacks the module) | ${kb(sizes.fallback)} |`,
    `| workers (Monaco editor worker, query worker) | ${kb(sizes.workers)} |`,
    `| other lazy chunks (e.g. Monaco) | ${kb(sizes.other)} |`,
    `| **total JS in dist/** (${sizes.files} files) | **${kb(sizes.total)}** |`,
  ];
  if (result.build) lines.push('', `Build: ${result.build.seconds.toFixed(1)} s wall, ${result.build.peakMb.toFixed(0)} MB peak RSS (median of ${result.build.runs}).`);
  console.log(lines.join('\n'));
  fs.rmSync(statsFile, { force: true });
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
