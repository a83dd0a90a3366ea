import { describe, expect, it } from 'vitest';
import { preservingMonacoEnvironment } from './monacoEnvironment';

describe('preservingMonacoEnvironment', () => {
  it("puts back the host page's environment after the editor chunk overwrote it", async () => {
    const consoleEnv = { getWorkerUrl: () => 'console-yaml-worker.js' };
    const scope: { MonacoEnvironment?: unknown } = { MonacoEnvironment: consoleEnv };
    const result = await preservingMonacoEnvironment(async () => {
      scope.MonacoEnvironment = { getWorkerUrl: () => 'ours.js' };
      return 'module';
    }, scope);
    expect(result).toBe('module');
    expect(scope.MonacoEnvironment).toBe(consoleEnv);
  });
  it('keeps ours when the page had none (the standalone host)', async () => {
    const ours = { getWorkerUrl: () => 'ours.js' };
    const scope: { MonacoEnvironment?: unknown } = {};
    await preservingMonacoEnvironment(async () => {
      scope.MonacoEnvironment = ours;
    }, scope);
    expect(scope.MonacoEnvironment).toBe(ours);
  });
});
