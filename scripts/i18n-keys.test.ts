import { describe, expect, it } from 'vitest';
import { keysInExtensions, keysInSource } from './i18n-keys';

describe('i18n key extraction', () => {
  it('finds literal keys of t() and obj.t(), not other calls or comments', () => {
    const { keys, dynamic } = keysInSource(
      'a.tsx',
      `// t('in a comment')\nconst x = t('Hello');\nfoo('Not a key');\ni18n.t(\`Tpl\`);\nt(variable);\n`,
    );
    expect(keys.map((k) => k.key)).toEqual(['Hello', 'Tpl']);
    expect(dynamic).toHaveLength(1);
    expect(dynamic[0].line).toBe(5);
  });
  it('finds console-extensions references', () => {
    const uses = keysInExtensions('c.json', '{"name": "%plugin__forklift-console-plugin~Migration plans%"}');
    expect(uses).toEqual([{ key: 'Migration plans', file: 'c.json', line: 1 }]);
  });
});
