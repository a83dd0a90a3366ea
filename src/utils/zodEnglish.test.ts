import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import './zodEnglish';

describe('zod (mini) for the plugin', () => {
  it('words the messages we do not set in English, as the classic API did', () => {
    const schema = z.strictObject({ mode: z.enum(['new', 'existing']), count: z.number() });
    const result = schema.safeParse({ mode: 'old', count: '1', extra: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'Invalid option: expected one of "new"|"existing"',
      'Invalid input: expected number, received string',
      'Unrecognized key: "extra"',
    ]);
  });

  it('keeps the messages we set', () => {
    expect(z.string().check(z.minLength(1, 'Required')).safeParse('').error?.issues[0].message).toBe('Required');
  });
});
