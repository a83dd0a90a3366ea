// The TSL editor: the language on the console's Monaco (CodeEditor) plus the pure pieces the
// page uses (schema building, history and saved queries).
export { LazyTslEditor } from './LazyTslEditor';
export type { TslEditorProps } from './TslEditor';
export { buildTslSchema, EMPTY_SCHEMA, type TslSchema, type FieldInfo } from './schema';
export { tslCompletions, type TslCompletion } from './completions';
export { tslHover } from './hover';
export { lineColumnAt, tslMarkers, type TslMarker } from './markers';
export * from './queryStore';
