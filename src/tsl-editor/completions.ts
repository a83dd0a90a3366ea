/**
 * What the editor offers at the cursor, as plain data (the Monaco adapter
 * turns it into CompletionItems). The TSL engine says what fits there
 * (completionContext); this module fills it in from the data's schema and
 * the language's catalog.
 */
import { completionContext, FUNCTIONS, KEYWORDS, OPERATORS, type CatalogEntry } from '../tsl';
import type { SampleValue, TslSchema } from './schema';

export type TslCompletionKind = 'field' | 'keyword' | 'operator' | 'function' | 'value';

export interface TslCompletion {
  label: string;
  kind: TslCompletionKind;
  /** Text to insert; for functions a snippet with the cursor between the parentheses. */
  insertText: string;
  isSnippet?: boolean;
  detail?: string;
  documentation?: string;
  /** The completion replaces [replaceOffset, cursor). */
  replaceOffset: number;
  /** Groups in the list: values and fields before functions, keywords last. */
  sortText: string;
}

const AGGREGATES = new Set(['count', 'avg', 'min', 'max']);
// Punctuation the parser expects is better typed than picked from a list.
const NOT_OFFERED = new Set([',', ']', ')', '(', '[']);
const MAX_VALUES = 40;

const find = (entries: readonly CatalogEntry[], name: string): CatalogEntry | undefined =>
  entries.find((e) => e.name.toLowerCase() === name.toLowerCase());

const docOf = (entry: CatalogEntry | undefined): string | undefined =>
  entry ? (entry.example ? `${entry.doc}\n\nExample: \`${entry.example}\`` : entry.doc) : undefined;

/** A TSL literal for a sample value, in the quote the person started with. */
export const literalFor = (value: SampleValue, quote = "'"): string => {
  if (typeof value !== 'string') return String(value);
  const q = quote === '"' || quote === '`' ? quote : "'";
  const escaped = value.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), `\\${q}`).replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  return `${q}${escaped}${q}`;
};

const describeField = (schema: TslSchema, path: string): string | undefined => {
  const info = schema.fields[path];
  if (!info) return undefined;
  const types = info.types.filter((t) => t !== 'null').join(' | ');
  return types || undefined;
};

const fieldItems = (schema: TslSchema, replaceOffset: number): TslCompletion[] =>
  schema.paths.map((path) => ({
    label: path,
    kind: 'field' as const,
    insertText: path,
    detail: describeField(schema, path),
    documentation: sampleDoc(schema, path),
    replaceOffset,
    sortText: `1${path}`,
  }));

const functionItems = (replaceOffset: number, bare: boolean): TslCompletion[] =>
  FUNCTIONS.map((f) => ({
    label: f.name,
    kind: 'function' as const,
    // When '(' already follows the cursor only the name is inserted.
    insertText: bare ? f.name : f.name === 'count' ? 'count(${1:*})' : `${f.name}($1)`,
    isSnippet: !bare,
    detail: AGGREGATES.has(f.name) ? 'aggregate' : 'function',
    documentation: docOf(f),
    replaceOffset,
    sortText: `2${f.name}`,
  }));

const keywordItems = (keywords: readonly string[], replaceOffset: number): TslCompletion[] =>
  keywords
    .filter((k) => !NOT_OFFERED.has(k) && !find(FUNCTIONS, k))
    .map((k) => {
      const isOperator = !/^[A-Za-z]/.test(k) || (find(OPERATORS, k) !== undefined && k === k.toLowerCase() && !['and', 'or', 'not'].includes(k));
      return {
        label: k,
        kind: isOperator ? ('operator' as const) : ('keyword' as const),
        insertText: k,
        documentation: docOf(find(isOperator ? OPERATORS : KEYWORDS, k) ?? find(KEYWORDS, k) ?? find(OPERATORS, k)),
        replaceOffset,
        // Operators first after an operand, then logic, then clauses.
        sortText: `${isOperator ? 3 : /^[A-Z]/.test(k) ? 5 : 4}${k}`,
      };
    });

const valueItems = (schema: TslSchema, field: string | undefined, prefix: string, replaceOffset: number): TslCompletion[] => {
  const info = field ? schema.fields[field] : undefined;
  const quote = /^['"`]/.test(prefix) ? prefix[0] : "'";
  const items: TslCompletion[] = (info?.values ?? []).slice(0, MAX_VALUES).map((value, rank) => ({
    label: literalFor(value, quote),
    kind: 'value' as const,
    insertText: literalFor(value, quote),
    detail: field ? `${field}` : undefined,
    replaceOffset,
    sortText: `0${String(rank).padStart(3, '0')}`,
  }));
  if (info?.types.includes('boolean') && !items.some((i) => i.label === 'true')) {
    for (const b of ['true', 'false']) items.push({ label: b, kind: 'value', insertText: b, replaceOffset, sortText: `0${b}` });
  }
  return items;
};

/** Up to five sample values as markdown, for completion details and hover. */
export const sampleDoc = (schema: TslSchema, path: string): string | undefined => {
  const info = schema.fields[path];
  if (!info || info.values.length === 0) return undefined;
  const shown = info.values.slice(0, 5).map((v) => `\`${literalFor(v)}\``).join(', ');
  return `Seen: ${shown}${info.values.length > 5 || info.moreValues ? ', …' : ''}`;
};

export const tslCompletions = (query: string, offset: number, schema: TslSchema): TslCompletion[] => {
  const ctx = completionContext(query, offset);
  const { replaceOffset, prefix } = ctx;
  switch (ctx.kind) {
    case 'field':
      return [...fieldItems(schema, replaceOffset), ...functionItems(replaceOffset, false), ...keywordItems(ctx.expectedKeywords, replaceOffset)];
    case 'function':
      return functionItems(replaceOffset, true);
    case 'value': {
      const values = valueItems(schema, ctx.field, prefix, replaceOffset);
      // Inside a string only values make sense; before one, a field or function may also fit.
      if (/^['"`]/.test(prefix) || /^\d/.test(prefix)) return values;
      return [...values, ...fieldItems(schema, replaceOffset), ...functionItems(replaceOffset, false), ...keywordItems(ctx.expectedKeywords, replaceOffset)];
    }
    case 'operator':
    case 'keyword':
      return keywordItems(ctx.expectedKeywords, replaceOffset);
    case 'none':
      return [];
  }
};
