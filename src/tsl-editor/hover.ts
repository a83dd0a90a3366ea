/**
 * Hover help as plain data: what a keyword, operator or function does, and
 * for a field its types and values seen in the loaded data.
 */
import { FUNCTIONS, KEYWORDS, OPERATORS, type CatalogEntry } from '../tsl';
import { scanTolerant } from '../tsl/scanner';
import type { Token } from '../tsl/tokens';
import { sampleDoc } from './completions';
import type { TslSchema } from './schema';

export interface TslHover {
  offset: number;
  length: number;
  /** Markdown paragraphs. */
  contents: string[];
}

const lookup = (entries: readonly CatalogEntry[], name: string): CatalogEntry | undefined =>
  entries.find((e) => e.name.toLowerCase() === name.toLowerCase());

const entryDoc = (title: string, entry: CatalogEntry): string[] => [
  `**${title}**`,
  entry.doc,
  ...(entry.example ? [`Example: \`${entry.example}\``] : []),
];

/** Two-word keywords are documented under their full name. */
const PAIRS: Readonly<Record<string, string>> = { group: 'GROUP BY', order: 'ORDER BY', sort: 'SORT BY' };

const tokenAt = (tokens: readonly Token[], offset: number): { token: Token; index: number } | undefined => {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'eof' && offset >= t.offset && offset < t.offset + t.length) return { token: t, index: i };
  }
  return undefined;
};

export const tslHover = (query: string, offset: number, schema: TslSchema): TslHover | null => {
  const { tokens } = scanTolerant(query);
  const found = tokenAt(tokens, offset);
  if (!found) return null;
  const { token, index } = found;
  const at = { offset: token.offset, length: token.length };
  const next = tokens[index + 1];
  const calls = next?.kind === 'punct' && next.value === '(';
  const name = token.value.toLowerCase();

  if ((token.kind === 'keyword' || token.kind === 'identifier') && calls) {
    const fn = lookup(FUNCTIONS, name);
    if (fn) return { ...at, contents: entryDoc(`${fn.name}(…)`, fn) };
  }
  if (token.kind === 'keyword') {
    const entry = lookup(KEYWORDS, PAIRS[name] ?? name) ?? lookup(FUNCTIONS, name);
    return entry ? { ...at, contents: entryDoc(entry.name, entry) } : null;
  }
  if (token.kind === 'operator') {
    const entry = lookup(OPERATORS, token.value);
    return entry ? { ...at, contents: entryDoc(token.text, entry) } : null;
  }
  if (token.kind === 'identifier') {
    const info = schema.fields[token.text];
    if (!info) return { ...at, contents: [`**${token.text}**`, 'Not seen in the loaded data: it reads as null (missing).'] };
    const types = info.types.join(' | ');
    return {
      ...at,
      contents: [`**${token.text}**${types ? `: ${types}` : ''}`, ...(sampleDoc(schema, token.text) ? [sampleDoc(schema, token.text) as string] : [])],
    };
  }
  return null;
};
