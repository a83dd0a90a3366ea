/**
 * The host's Monaco, in its own lazily loaded chunk (see load-monaco.ts):
 * the editor core with its features (suggest, hover, find, folding...), the
 * YAML grammar, and the editor worker bundled by webpack. Nothing
 * comes from a CDN. Like the console, the host offers this one instance to
 * plugins through `CodeEditor` (`{ editor, monaco }`).
 */
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/yaml/register';
import * as monaco from 'monaco-editor/editor/editor.api';
import { ensureMonacoEnvironment } from './monaco-environment';

ensureMonacoEnvironment({
  // The core worker (diffs, word-based suggestions, links); languages here need no other.
  getWorker: () => new Worker(new URL('./editor.worker.ts', import.meta.url), { name: 'monaco-editor-worker' }),
});

export { monaco };
