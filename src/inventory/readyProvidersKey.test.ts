import { describe, expect, it } from 'vitest';
import { readyProvidersKey } from './readyProvidersKey';

describe('readyProvidersKey', () => {
  it('changes only when a provider becomes or stops being Ready', () => {
    const p = (uid: string, phase: string) => ({ metadata: { uid }, status: { phase } });
    const before = readyProvidersKey([p('b', 'Ready'), p('a', 'Staging')]);
    expect(readyProvidersKey([p('b', 'Ready'), p('a', 'Staging')])).toBe(before);
    expect(readyProvidersKey([p('a', 'Ready'), p('b', 'Ready')])).toBe('a,b');
    expect(readyProvidersKey(undefined)).toBe('');
  });
});
