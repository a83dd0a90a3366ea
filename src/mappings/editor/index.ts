/** The mapping editor and its pure helpers; see MappingEditor.tsx for the props. */
export { MappingEditor, type MappingEditorProps } from './MappingEditor';
export { PairSyntaxField } from './PairSyntaxField';
export { checkPairs, hasErrors, type MappingIssue, type CheckCode } from './checks';
export { suggestPairs, applySuggestions, nameSimilarity, type Suggestion } from './suggestions';
export { formatPairs, formatTarget, parsePairs, resolvePairs, type PairSyntaxError } from './pairSyntax';
export { issueMessage, syntaxErrorMessage } from './messages';
export * from './types';
