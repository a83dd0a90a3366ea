/**
 * What the simulated hook runner "does" with a Hook's Ansible playbook: reads
 * its plays and tasks and writes the output ansible-runner would print, one
 * `TASK [...]` header per task. Pure: text in, text out.
 *
 * Outcome rules (the simulator's, documented in the README):
 * - a task using the `fail` module (`fail:` or `ansible.builtin.fail:`) fails
 *   with its `msg`, and the play stops there, as Ansible's own fail module does;
 * - a playbook that is not YAML, or not a list of plays, fails before any task
 *   (ansible-runner's "ERROR! ..." and exit code 4);
 * - every other task is `ok`. No playbook: the image's own entrypoint runs and
 *   prints nothing the simulator could know; it succeeds.
 */
import { parse as parseYaml } from 'yaml';

export interface PlaybookTask {
  play: string;
  name: string;
  /** Set for a task that fails (the fail module's msg). */
  fails?: string;
}

export interface PlaybookRun {
  /** Where each play starts in `tasks`, with its name and host. */
  plays: { name: string; host: string; first: number }[];
  tasks: PlaybookTask[];
  /** Parse error: the run fails before any task. */
  error?: string;
  /** Container exit code: 0 ok, 2 a task failed, 4 the playbook could not be read. */
  exitCode: number;
}

/** Keys of an Ansible task that are not its module. */
const TASK_KEYWORDS = new Set([
  'name', 'when', 'register', 'vars', 'loop', 'loop_control', 'with_items', 'with_dict', 'ignore_errors', 'tags', 'become', 'become_user',
  'delegate_to', 'changed_when', 'failed_when', 'until', 'retries', 'delay', 'no_log', 'environment', 'notify', 'args', 'check_mode', 'run_once',
]);
const FAIL_MODULES = new Set(['fail', 'ansible.builtin.fail']);

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Base64 as in `Hook.spec.playbook`; the decoded text, or undefined when it is not base64. */
export function decodePlaybook(encoded: string | undefined): string | undefined {
  if (!encoded) return undefined;
  const compact = encoded.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) return undefined;
  return new TextDecoder().decode(Uint8Array.from(atob(compact), (c) => c.charCodeAt(0)));
}

export function analysePlaybook(text: string): PlaybookRun {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    const first = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    return { plays: [], tasks: [], exitCode: 4, error: `ERROR! We were unable to read either as JSON nor YAML, these are the errors we got from each: ${first}` };
  }
  if (!Array.isArray(doc)) return { plays: [], tasks: [], exitCode: 4, error: 'ERROR! A playbook must be a list of plays, got a dict instead' };
  const run: PlaybookRun = { plays: [], tasks: [], exitCode: 0 };
  for (const play of doc) {
    if (!isRecord(play)) continue;
    const host = typeof play.hosts === 'string' && play.hosts !== 'all' ? play.hosts : 'localhost';
    const name = typeof play.name === 'string' ? play.name : String(play.hosts ?? 'all');
    run.plays.push({ name, host, first: run.tasks.length });
    if (play.gather_facts !== false && play.gather_facts !== 'no') run.tasks.push({ play: name, name: 'Gathering Facts' });
    for (const task of Array.isArray(play.tasks) ? play.tasks : []) {
      if (!isRecord(task)) continue;
      const module = Object.keys(task).find((k) => !TASK_KEYWORDS.has(k)) ?? 'meta';
      const failing = FAIL_MODULES.has(module);
      const args = task[module];
      const msg = isRecord(args) && typeof args.msg === 'string' ? args.msg : 'Failed as requested from task';
      run.tasks.push({ play: name, name: typeof task.name === 'string' ? task.name : module, ...(failing ? { fails: msg } : {}) });
      if (failing) {
        run.exitCode = 2;
        return run;
      }
    }
  }
  return run;
}

const header = (title: string) => `${title} ${'*'.repeat(Math.max(3, 79 - title.length))}`;

/**
 * ansible-runner's output after `fraction` (0..1) of the run: the tasks done so far, each with its
 * result; at 1 the PLAY RECAP. The host of a play is its `hosts` when that is one name, else localhost.
 */
export function renderHookLog(run: PlaybookRun, fraction: number): string {
  if (run.error) return fraction >= 1 ? `${run.error}\n` : '';
  const done = fraction >= 1 ? run.tasks.length : Math.floor(run.tasks.length * Math.max(0, fraction));
  const lines: string[] = [];
  const counts = new Map<string, { ok: number; failed: number }>();
  for (let i = 0; i < done; i++) {
    const task = run.tasks[i];
    const play = [...run.plays].reverse().find((p) => p.first <= i)!;
    if (play.first === i || (i === 0 && lines.length === 0)) lines.push(header(`PLAY [${play.name}]`), '');
    lines.push(header(`TASK [${task.name}]`));
    const c = counts.get(play.host) ?? { ok: 0, failed: 0 };
    if (task.fails !== undefined) {
      lines.push(`fatal: [${play.host}]: FAILED! => {"changed": false, "msg": ${JSON.stringify(task.fails)}}`);
      c.failed++;
    } else {
      lines.push(`ok: [${play.host}]`);
      c.ok++;
    }
    counts.set(play.host, c);
    lines.push('');
  }
  if (fraction >= 1) {
    lines.push(header('PLAY RECAP'));
    for (const [host, c] of counts) {
      lines.push(`${host.padEnd(26)} : ok=${String(c.ok).padEnd(4)} changed=0    unreachable=0    failed=${String(c.failed).padEnd(4)} skipped=0    rescued=0    ignored=0`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
