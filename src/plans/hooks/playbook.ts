/**
 * What is wrong with a hook's Ansible playbook, if anything, and where: it
 * must parse as YAML and be a list of plays (mappings with `hosts`, or
 * imports of another playbook), which is what the hook runner hands to
 * ansible-playbook. Pure; the wizard's schema turns a problem into a field
 * error and the editor into a marker at its line.
 */
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';

export type PlaybookProblem =
  | { kind: 'yaml'; detail: string; line: number; column: number }
  | { kind: 'notList'; line: number; column: number }
  | { kind: 'notPlay' | 'noHosts'; play: number; line: number; column: number };

const PLAY_KEYS = ['hosts', 'import_playbook', 'ansible.builtin.import_playbook'];

export const playbookProblem = (text: string): PlaybookProblem | undefined => {
  if (!text.trim()) return undefined;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const at = lines.linePos(error.pos[0]);
    // The parser's message without its position (given apart) or code excerpt.
    return { kind: 'yaml', detail: error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''), line: at.line, column: at.col };
  }
  const root = doc.contents;
  const start = (node: { range?: [number, number, number] | null } | null | undefined) => lines.linePos(node?.range?.[0] ?? 0);
  if (!isSeq(root)) {
    const at = start(root);
    return { kind: 'notList', line: at.line, column: at.col };
  }
  for (const [index, item] of root.items.entries()) {
    const at = start(item as { range?: [number, number, number] });
    if (!isMap(item)) return { kind: 'notPlay', play: index + 1, line: at.line, column: at.col };
    if (!PLAY_KEYS.some((key) => item.has(key))) return { kind: 'noHosts', play: index + 1, line: at.line, column: at.col };
  }
  return undefined;
};

/** The problem as the wizard schema's message key (`Key|detail`, see errorText.ts). */
export const playbookMessage = (problem: PlaybookProblem): string => {
  switch (problem.kind) {
    case 'yaml':
      return `Yaml|line ${problem.line}, column ${problem.column}: ${problem.detail}`;
    case 'notList':
      return 'An Ansible playbook is a YAML list of plays';
    case 'notPlay':
    case 'noHosts':
      return `NotAPlay|${problem.play}:${problem.line}`;
  }
};
