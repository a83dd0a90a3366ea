import { describe, expect, it } from 'vitest';
import { ensureMonacoEnvironment } from './monaco-environment';

describe('ensureMonacoEnvironment', () => {
  it('installs an environment where there is none', () => {
    const scope: { MonacoEnvironment?: object } = {};
    const env = { getWorkerUrl: () => 'w.js' };
    expect(ensureMonacoEnvironment(env, scope)).toBe(true);
    expect(scope.MonacoEnvironment).toBe(env);
  });

  it("never overwrites the console's environment", () => {
    const consoles = { getWorkerUrl: () => 'console-yaml-worker.js' };
    const scope = { MonacoEnvironment: consoles };
    expect(ensureMonacoEnvironment({ getWorkerUrl: () => 'ours.js' }, scope)).toBe(false);
    expect(scope.MonacoEnvironment).toBe(consoles);
  });
});
