/**
 * Renders `kubectl mtv` command lines that a person can paste into a POSIX
 * shell and get exactly the values the form holds: every argument that is
 * not plainly safe is single-quoted (a `'` inside becomes `'\''`), so spaces,
 * `$`, backticks, newlines (a PEM certificate) and globs reach kubectl-mtv
 * unchanged. Secret values can be masked for display.
 *
 * Flag names follow yaacov/kubectl-mtv (`create provider`: --type, --url,
 * --username, --password, --provider-token, --cacert,
 * --provider-insecure-skip-tls, --vddk-init-image, --sdk-endpoint,
 * --use-vddk-aio-optimization, --vddk-buf-size-in-64k, --vddk-buf-count,
 * --provider-domain-name, --provider-project-name, --provider-region-name).
 */

export type FlagValue = string | number | boolean | undefined | null;

export interface MtvFlag {
  /** Without the leading dashes, e.g. `url`. */
  name: string;
  /** `true` renders a bare switch, `false`/empty/undefined leaves the flag out. */
  value?: FlagValue;
  /** Masked unless the caller asks to reveal secrets. */
  secret?: boolean;
}

export interface MtvCommand {
  /** Subcommand words, e.g. `['create', 'provider']`. */
  verb: string[];
  /** Positional arguments after the verb (usually the resource name). */
  args?: string[];
  namespace?: string;
  flags?: MtvFlag[];
}

export interface RenderOptions {
  /** Show secret values instead of `********` (default false). */
  revealSecrets?: boolean;
  /** One flag per line with `\` continuations (default true when there are flags). */
  multiline?: boolean;
}

export const MASK = '********';

/** Characters that need no quoting in any POSIX shell word. */
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Quotes one shell word. */
export const shellQuote = (word: string): string => {
  if (word !== '' && SAFE.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
};

const flagWords = (flag: MtvFlag, reveal: boolean): string[] | undefined => {
  const { value } = flag;
  if (value === undefined || value === null || value === false || value === '') return undefined;
  if (value === true) return [`--${flag.name}`];
  const text = String(value);
  return [`--${flag.name}`, flag.secret && !reveal ? shellQuote(MASK) : shellQuote(text)];
};

/** The command as one string (possibly several lines joined by `\`). */
export const renderMtvCommand = (cmd: MtvCommand, options: RenderOptions = {}): string => {
  const reveal = options.revealSecrets ?? false;
  const head = ['kubectl', 'mtv', ...cmd.verb.map(shellQuote), ...(cmd.args ?? []).map(shellQuote)];
  const parts: string[][] = [];
  if (cmd.namespace) parts.push(['-n', shellQuote(cmd.namespace)]);
  for (const f of cmd.flags ?? []) {
    const words = flagWords(f, reveal);
    if (words) parts.push(words);
  }
  const multiline = options.multiline ?? parts.length > 1;
  if (!multiline) return [...head, ...parts.flat()].join(' ');
  return [head.join(' '), ...parts.map((p) => `  ${p.join(' ')}`)].join(' \\\n');
};

/** True when the command carries a secret value that is masked by default. */
export const hasSecrets = (cmd: MtvCommand): boolean => (cmd.flags ?? []).some((f) => f.secret && flagWords(f, true));
