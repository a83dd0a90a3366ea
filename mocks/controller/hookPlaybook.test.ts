import { describe, expect, it } from 'vitest';
import { analysePlaybook, decodePlaybook, renderHookLog } from './hookPlaybook';

const PLAYBOOK = `- name: Main
  hosts: localhost
  tasks:
  - name: Load Plan
    include_vars:
      file: plan.yml
  - name: Wait for the VM
    ansible.builtin.pause:
      seconds: 5
`;

describe('hook playbook runs', () => {
  it('decodes base64 (as Hook.spec.playbook holds it) and refuses what is not base64', () => {
    expect(decodePlaybook(btoa(PLAYBOOK))).toBe(PLAYBOOK);
    expect(decodePlaybook('not base64!')).toBeUndefined();
    expect(decodePlaybook(undefined)).toBeUndefined();
  });

  it('lists the tasks of every play, facts gathering first unless turned off', () => {
    const run = analysePlaybook(PLAYBOOK);
    expect(run.tasks.map((t) => t.name)).toEqual(['Gathering Facts', 'Load Plan', 'Wait for the VM']);
    expect(run.exitCode).toBe(0);
    const noFacts = analysePlaybook('- hosts: localhost\n  gather_facts: false\n  tasks:\n  - debug:\n      msg: hi\n');
    expect(noFacts.tasks.map((t) => t.name)).toEqual(['debug']);
  });

  it('writes one TASK header with ok per task, and the recap at the end', () => {
    const log = renderHookLog(analysePlaybook(PLAYBOOK), 1);
    expect(log).toContain('PLAY [Main] ***');
    expect(log.match(/^TASK \[/gm)).toHaveLength(3);
    expect(log).toContain('TASK [Load Plan] ***');
    expect(log.match(/^ok: \[localhost\]$/gm)).toHaveLength(3);
    expect(log).toMatch(/localhost\s+: ok=3\s+changed=0\s+unreachable=0\s+failed=0/);
    // Part-way: only the tasks done so far, no recap yet.
    const partial = renderHookLog(analysePlaybook(PLAYBOOK), 0.5);
    expect(partial.match(/^TASK \[/gm)).toHaveLength(1);
    expect(partial).not.toContain('PLAY RECAP');
  });

  it('fails at a fail task with its msg and runs nothing after it', () => {
    const run = analysePlaybook(`${PLAYBOOK}  - name: Refuse
    ansible.builtin.fail:
      msg: the guest agent is not running
  - name: Never reached
    debug: {}
`);
    expect(run.exitCode).toBe(2);
    expect(run.tasks.map((t) => t.name)).toEqual(['Gathering Facts', 'Load Plan', 'Wait for the VM', 'Refuse']);
    const log = renderHookLog(run, 1);
    expect(log).toContain('fatal: [localhost]: FAILED! => {"changed": false, "msg": "the guest agent is not running"}');
    expect(log).toMatch(/ok=3\s+changed=0\s+unreachable=0\s+failed=1/);
    expect(log).not.toContain('Never reached');
  });

  it('fails before any task when the playbook is not YAML or not a list of plays', () => {
    const bad = analysePlaybook('- name: x\n  tasks: [\n');
    expect(bad.exitCode).toBe(4);
    expect(renderHookLog(bad, 1)).toMatch(/^ERROR! We were unable to read either as JSON nor YAML/);
    expect(renderHookLog(bad, 0.5)).toBe('');
    expect(analysePlaybook('hosts: localhost\n').error).toMatch(/must be a list of plays/);
  });
});
