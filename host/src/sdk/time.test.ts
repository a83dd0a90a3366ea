import { describe, expect, it } from 'vitest';
import { relativeTime } from './time';

describe('relativeTime', () => {
  const now = new Date('2026-01-10T12:00:00Z');
  const at = (ms: number) => new Date(now.getTime() + ms);
  it('uses the largest whole unit, past and future', () => {
    expect(relativeTime(at(-20_000), now)).toBe('just now');
    expect(relativeTime(at(-5 * 60_000), now)).toBe('5 minutes ago');
    expect(relativeTime(at(2 * 3600_000 + 60_000), now)).toBe('in 2 hours');
    expect(relativeTime(at(-3 * 24 * 3600_000), now)).toBe('3 days ago');
  });
});
