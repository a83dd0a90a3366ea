import { mkdtempSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStale, newestMtime, parseStartArgs } from './start-options';

describe('parseStartArgs', () => {
  it('has defaults for the simulated cluster', () => {
    expect(parseStartArgs([])).toMatchObject({ port: 9000, seed: 1, vms: 50, clockSpeed: 1, build: true, k8sUrl: undefined, simPort: 0 });
    expect(parseStartArgs(['--sim-port', '9151'])).toMatchObject({ simPort: 9151 });
    expect(() => parseStartArgs(['--sim-port', '1', '--k8s-url', 'http://a', '--inventory-url', 'http://b'])).toThrow(/--sim-port/);
  });
  it('reads options and the token from the environment', () => {
    expect(
      parseStartArgs(['--port', '9100', '--no-build', '--k8s-url', 'http://127.0.0.1:8001', '--inventory-url', 'https://localhost:8443'], {
        FORKLIFT_TOKEN: 't',
      }),
    ).toMatchObject({ port: 9100, build: false, k8sUrl: 'http://127.0.0.1:8001', token: 't' });
    expect(parseStartArgs(['--k8s-url', 'http://x', '--inventory-url', 'http://y', '--prometheus-url', 'https://127.0.0.1:9091'])).toMatchObject({ prometheusUrl: 'https://127.0.0.1:9091' });
  });
  it('rejects half a real cluster, bad numbers and unknown flags', () => {
    expect(() => parseStartArgs(['--k8s-url', 'http://x'])).toThrow(/go together/);
    expect(() => parseStartArgs(['--prometheus-url', 'http://thanos:9091'])).toThrow(/real cluster/);
    expect(() => parseStartArgs(['--k8s-url', 'http://x', '--inventory-url', 'http://y', '--prometheus-url', 'thanos'])).toThrow(/--prometheus-url must be an http/);
    expect(() => parseStartArgs(['--vms', 'many'])).toThrow(/--vms/);
    expect(() => parseStartArgs(['--bogus'])).toThrow();
    expect(parseStartArgs(['--help'])).toBeUndefined();
  });
});

describe('build freshness', () => {
  it('finds the newest file under directories and compares', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fresh-'));
    mkdirSync(path.join(dir, 'src/deep'), { recursive: true });
    writeFileSync(path.join(dir, 'src/a.ts'), '');
    writeFileSync(path.join(dir, 'src/deep/b.ts'), '');
    utimesSync(path.join(dir, 'src/a.ts'), 1000, 1000);
    utimesSync(path.join(dir, 'src/deep/b.ts'), 2000, 2000);
    expect(newestMtime([path.join(dir, 'src'), path.join(dir, 'missing')])).toBe(2000_000);
    expect(isStale(0, 5)).toBe(true);
    expect(isStale(10, 5)).toBe(false);
    expect(isStale(10, 11)).toBe(true);
  });
});
