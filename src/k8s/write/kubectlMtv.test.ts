import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MASK, hasSecrets, renderMtvCommand, shellQuote } from './kubectlMtv';

/** What a real POSIX shell makes of the words: printf each argument on its own NUL-terminated record. */
const shellWords = (line: string): string[] =>
  execFileSync('sh', ['-c', `set -- ${line}; for a in "$@"; do printf '%s\\0' "$a"; done`], { encoding: 'utf8' }).split('\0').slice(0, -1);

describe('shellQuote', () => {
  it('leaves plain words alone and quotes the rest', () => {
    expect(shellQuote('https://vc.example.com/sdk')).toBe('https://vc.example.com/sdk');
    expect(shellQuote('VM Network')).toBe(`'VM Network'`);
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('')).toBe(`''`);
    expect(shellQuote('$(rm -rf /)')).toBe(`'$(rm -rf /)'`);
  });

  it('round-trips any string through a real shell', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', minLength: 1 }).filter((s) => !s.includes('\0')), (s) => {
        expect(shellWords(shellQuote(s))).toEqual([s]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('renderMtvCommand', () => {
  const cmd = {
    verb: ['create', 'provider'],
    args: ['vcenter-1'],
    namespace: 'openshift-mtv',
    flags: [
      { name: 'type', value: 'vsphere' },
      { name: 'url', value: 'https://vc.example.com/sdk' },
      { name: 'username', value: 'administrator@vsphere.local' },
      { name: 'password', value: `pa ss'$word`, secret: true },
      { name: 'cacert', value: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n' },
      { name: 'provider-insecure-skip-tls', value: false },
      { name: 'use-vddk-aio-optimization', value: true },
      { name: 'vddk-buf-count', value: 8 },
      { name: 'vddk-init-image', value: '' },
    ],
  };

  it('masks secrets by default and lays one flag per line', () => {
    expect(renderMtvCommand(cmd)).toBe(
      [
        'kubectl mtv create provider vcenter-1',
        '  -n openshift-mtv',
        '  --type vsphere',
        '  --url https://vc.example.com/sdk',
        '  --username administrator@vsphere.local',
        `  --password '${MASK}'`,
        `  --cacert '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'`,
        '  --use-vddk-aio-optimization',
        '  --vddk-buf-count 8',
      ].join(' \\\n'),
    );
    expect(hasSecrets(cmd)).toBe(true);
  });

  it('gives the shell exactly the values when revealed', () => {
    const words = shellWords(renderMtvCommand(cmd, { revealSecrets: true }));
    expect(words.slice(0, 5)).toEqual(['kubectl', 'mtv', 'create', 'provider', 'vcenter-1']);
    expect(words[words.indexOf('--password') + 1]).toBe(`pa ss'$word`);
    expect(words[words.indexOf('--cacert') + 1]).toBe('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    expect(words).not.toContain('--provider-insecure-skip-tls');
    expect(words).not.toContain('--vddk-init-image');
  });

  it('renders on one line when asked or when there is a single flag', () => {
    expect(renderMtvCommand({ verb: ['delete', 'provider'], args: ['p1'], namespace: 'ns' })).toBe('kubectl mtv delete provider p1 -n ns');
    expect(renderMtvCommand(cmd, { multiline: false })).not.toContain('\n  ');
    expect(hasSecrets({ verb: ['x'], flags: [{ name: 'password', value: '', secret: true }] })).toBe(false);
  });
});
