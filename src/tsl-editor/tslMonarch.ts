/**
 * TSL's Monarch grammar (token colours) and language configuration, as
 * plain data so they can be read and tested without loading Monaco.
 * Token names are Monaco's standard ones so any theme colours them.
 */
import type { languages } from 'monaco-editor/editor/editor.api';

export const TSL_LANGUAGE_ID = 'tsl';

export const TSL_KEYWORDS = [
  'select', 'where', 'group', 'by', 'having', 'order', 'sort', 'limit', 'offset', 'asc', 'desc', 'as',
  'and', 'or', 'not', 'like', 'ilike', 'between', 'in', 'is',
];
export const TSL_CONSTANTS = ['null', 'true', 'false'];
export const TSL_FUNCTIONS = ['len', 'any', 'all', 'sum', 'count', 'avg', 'min', 'max'];

export const tslMonarch: languages.IMonarchLanguage = {
  ignoreCase: true,
  defaultToken: 'invalid',
  keywords: TSL_KEYWORDS,
  constants: TSL_CONSTANTS,
  functions: TSL_FUNCTIONS,
  tokenizer: {
    root: [
      [/\s+/, 'white'],
      // A field path with its bracket parts, as the scanner reads it: disks[*].capacity, labels['a/b'].
      [
        /[a-zA-Z_][\w.]*(?:\/[a-zA-Z_][\w.]*)*(?:\[(?:\*|\d+|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\][\w.]*)*/,
        { cases: { '@keywords': 'keyword', '@constants': 'constant', '@functions': 'predefined', '@default': 'identifier' } },
      ],
      [/(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?(?:Ki|Mi|Gi|Ti|Pi|k|m|M|G|T|P)?\b/, 'number'],
      [/'/, { token: 'string.quote', next: '@string_single' }],
      [/"/, { token: 'string.quote', next: '@string_double' }],
      [/`/, { token: 'string.quote', next: '@string_back' }],
      [/==|!=|<>|<=|>=|~=|~!|[=<>+\-*/%]/, 'operator'],
      [/[()[\]]/, '@brackets'],
      [/,/, 'delimiter'],
    ],
    string_single: [
      [/[^\\']+/, 'string'],
      [/\\./, 'string.escape'],
      [/'/, { token: 'string.quote', next: '@pop' }],
    ],
    string_double: [
      [/[^\\"]+/, 'string'],
      [/\\./, 'string.escape'],
      [/"/, { token: 'string.quote', next: '@pop' }],
    ],
    string_back: [
      [/[^\\`]+/, 'string'],
      [/\\./, 'string.escape'],
      [/`/, { token: 'string.quote', next: '@pop' }],
    ],
  },
};

export const tslLanguageConfiguration: languages.LanguageConfiguration = {
  brackets: [
    ['(', ')'],
    ['[', ']'],
  ],
  autoClosingPairs: [
    { open: '(', close: ')' },
    { open: '[', close: ']' },
    { open: "'", close: "'", notIn: ['string'] },
    { open: '"', close: '"', notIn: ['string'] },
  ],
  surroundingPairs: [
    { open: '(', close: ')' },
    { open: "'", close: "'" },
    { open: '"', close: '"' },
  ],
  // Field paths are words, brackets and all, so double-click selects `disks[*].capacity`.
  wordPattern: /[a-zA-Z_][\w.]*(?:\[[^\]]*\][\w.]*)*|-?\d+\.?\d*/,
};
