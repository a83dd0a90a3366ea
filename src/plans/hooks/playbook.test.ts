import { describe, expect, it } from 'vitest';
import { playbookMessage, playbookProblem } from './playbook';

describe('playbookProblem', () => {
  it('accepts a list of plays, imports, and an empty playbook', () => {
    expect(playbookProblem('')).toBeUndefined();
    expect(playbookProblem('- name: Main\n  hosts: localhost\n  tasks: []\n- import_playbook: other.yml\n')).toBeUndefined();
  });

  it('reports YAML that does not parse at its line and column', () => {
    const problem = playbookProblem('- hosts: localhost\n  tasks:\n    - debug: msg: x\n');
    expect(problem).toMatchObject({ kind: 'yaml', line: 3, column: 14 });
    expect(problem?.kind === 'yaml' && problem.detail).not.toMatch(/\n/);
    expect(playbookMessage(problem!)).toMatch(/^Yaml\|line 3, column 14: /);
  });

  it('wants a list of plays, each a mapping with hosts', () => {
    expect(playbookProblem('hosts: localhost\n')).toMatchObject({ kind: 'notList', line: 1 });
    expect(playbookProblem('- hosts: a\n- just text\n')).toMatchObject({ kind: 'notPlay', play: 2, line: 2 });
    const noHosts = playbookProblem('- hosts: a\n\n- name: second\n  tasks: []\n');
    expect(noHosts).toMatchObject({ kind: 'noHosts', play: 2, line: 3 });
    expect(playbookMessage(noHosts!)).toBe('NotAPlay|2:3');
  });
});
