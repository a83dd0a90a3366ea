/**
 * Monaco glue for TSL: registers the language on the Monaco instance the
 * console's `CodeEditor` hands over (the plugin bundles no Monaco: only
 * types are imported here) and adapts the pure completion / hover / marker
 * modules to Monaco's types. Registered once per instance; each editor model
 * gets its own schema (the collection it queries).
 */
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { tslCompletions, type TslCompletionKind } from './completions';
import { tslHover } from './hover';
import { visibleRange, type TslMarker } from './markers';
import { EMPTY_SCHEMA, type TslSchema } from './schema';
import { TSL_LANGUAGE_ID, tslLanguageConfiguration, tslMonarch } from './tslMonarch';

export type MonacoApi = typeof Monaco;
type TextModel = Monaco.editor.ITextModel;

export const MARKER_OWNER = 'tsl';

const schemas = new Map<string, TslSchema>();

export const setModelSchema = (model: TextModel, schema: TslSchema): void => {
  schemas.set(model.uri.toString(), schema);
};

export const forgetModel = (model: TextModel): void => {
  schemas.delete(model.uri.toString());
};

const schemaOf = (model: TextModel): TslSchema => schemas.get(model.uri.toString()) ?? EMPTY_SCHEMA;

const kindOf = (monaco: MonacoApi, kind: TslCompletionKind): Monaco.languages.CompletionItemKind => {
  const kinds = monaco.languages.CompletionItemKind;
  switch (kind) {
    case 'field':
      return kinds.Field;
    case 'keyword':
      return kinds.Keyword;
    case 'operator':
      return kinds.Operator;
    case 'function':
      return kinds.Function;
    case 'value':
      return kinds.Value;
  }
};

const rangeOf = (model: TextModel, start: number, end: number): Monaco.IRange => {
  const a = model.getPositionAt(start);
  const b = model.getPositionAt(end);
  return { startLineNumber: a.lineNumber, startColumn: a.column, endLineNumber: b.lineNumber, endColumn: b.column };
};

// One registration per Monaco instance (the console's, or the standalone host's).
const registered = new WeakSet<object>();

/**
 * Registers `tsl` on this Monaco (tokens, configuration, completion, hover).
 * No theme: Monaco themes are global, the console owns them, and the grammar
 * uses standard token names every theme colours.
 */
export const registerTslLanguage = (monaco: MonacoApi): void => {
  if (registered.has(monaco)) return;
  registered.add(monaco);
  if (!monaco.languages.getLanguages().some((l) => l.id === TSL_LANGUAGE_ID)) {
    monaco.languages.register({ id: TSL_LANGUAGE_ID, aliases: ['TSL', 'Tree Search Language'] });
  }
  monaco.languages.setMonarchTokensProvider(TSL_LANGUAGE_ID, tslMonarch);
  monaco.languages.setLanguageConfiguration(TSL_LANGUAGE_ID, tslLanguageConfiguration);

  monaco.languages.registerCompletionItemProvider(TSL_LANGUAGE_ID, {
    // Space and quotes open the list only where values fit (`powerState = `);
    // words open it through Monaco's quick suggestions.
    triggerCharacters: [' ', "'", '"', '(', ','],
    provideCompletionItems(model, position, context) {
      const offset = model.getOffsetAt(position);
      let items = tslCompletions(model.getValue(), offset, schemaOf(model));
      if (context.triggerKind === monaco.languages.CompletionTriggerKind.TriggerCharacter && context.triggerCharacter !== '(' && context.triggerCharacter !== ',') {
        items = items.filter((i) => i.kind === 'value');
      }
      return {
        suggestions: items.map((item) => ({
          label: item.label,
          kind: kindOf(monaco, item.kind),
          insertText: item.insertText,
          insertTextRules: item.isSnippet ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
          detail: item.detail,
          documentation: item.documentation ? { value: item.documentation } : undefined,
          sortText: item.sortText,
          range: rangeOf(model, item.replaceOffset, offset),
        })),
      };
    },
  });

  monaco.languages.registerHoverProvider(TSL_LANGUAGE_ID, {
    provideHover(model, position) {
      const hover = tslHover(model.getValue(), model.getOffsetAt(position), schemaOf(model));
      if (!hover) return null;
      return { range: rangeOf(model, hover.offset, hover.offset + hover.length), contents: hover.contents.map((value) => ({ value })) };
    },
  });
};

export const setTslMarkers = (monaco: MonacoApi, model: TextModel, markers: readonly TslMarker[]): void => {
  const length = model.getValueLength();
  monaco.editor.setModelMarkers(
    model,
    MARKER_OWNER,
    markers.map((marker) => {
      const { start, end } = visibleRange(marker, length);
      return {
        ...rangeOf(model, start, end),
        message: marker.message,
        severity: marker.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
        source: 'TSL',
      };
    }),
  );
};
