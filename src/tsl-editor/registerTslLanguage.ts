/**
 * Monaco glue for TSL: registers the language once per Monaco instance and
 * adapts the pure completion / hover / marker modules to Monaco's types.
 * Each editor model gets its own schema (the collection it queries).
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import { tslCompletions, type TslCompletionKind } from './completions';
import { tslHover } from './hover';
import { visibleRange, type TslMarker } from './markers';
import { EMPTY_SCHEMA, type TslSchema } from './schema';
import { TSL_LANGUAGE_ID, tslLanguageConfiguration, tslMonarch, tslThemeRules } from './tslMonarch';

export const TSL_THEME_LIGHT = 'tsl-light';
export const TSL_THEME_DARK = 'tsl-dark';
export const MARKER_OWNER = 'tsl';

const schemas = new Map<string, TslSchema>();

export const setModelSchema = (model: monaco.editor.ITextModel, schema: TslSchema): void => {
  schemas.set(model.uri.toString(), schema);
};

export const forgetModel = (model: monaco.editor.ITextModel): void => {
  schemas.delete(model.uri.toString());
};

const schemaOf = (model: monaco.editor.ITextModel): TslSchema => schemas.get(model.uri.toString()) ?? EMPTY_SCHEMA;

const KIND: Record<TslCompletionKind, monaco.languages.CompletionItemKind> = {
  field: monaco.languages.CompletionItemKind.Field,
  keyword: monaco.languages.CompletionItemKind.Keyword,
  operator: monaco.languages.CompletionItemKind.Operator,
  function: monaco.languages.CompletionItemKind.Function,
  value: monaco.languages.CompletionItemKind.Value,
};

const rangeOf = (model: monaco.editor.ITextModel, start: number, end: number): monaco.IRange => {
  const a = model.getPositionAt(start);
  const b = model.getPositionAt(end);
  return { startLineNumber: a.lineNumber, startColumn: a.column, endLineNumber: b.lineNumber, endColumn: b.column };
};

let registered = false;

export const registerTslLanguage = (): void => {
  if (registered) return;
  registered = true;
  monaco.languages.register({ id: TSL_LANGUAGE_ID, aliases: ['TSL', 'Tree Search Language'] });
  monaco.languages.setMonarchTokensProvider(TSL_LANGUAGE_ID, tslMonarch);
  monaco.languages.setLanguageConfiguration(TSL_LANGUAGE_ID, tslLanguageConfiguration);
  monaco.editor.defineTheme(TSL_THEME_LIGHT, { base: 'vs', inherit: true, rules: tslThemeRules(false), colors: {} });
  monaco.editor.defineTheme(TSL_THEME_DARK, { base: 'vs-dark', inherit: true, rules: tslThemeRules(true), colors: {} });

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
          kind: KIND[item.kind],
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

export const setTslMarkers = (model: monaco.editor.ITextModel, markers: readonly TslMarker[]): void => {
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

export { monaco };
