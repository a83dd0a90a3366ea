// Monaco's core editor worker, built by webpack into the host's own files (see monaco-bundle.ts).
import 'monaco-editor/editor/editor.worker';
