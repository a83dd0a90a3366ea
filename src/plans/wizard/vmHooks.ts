/**
 * Which hooks each VM of a wizard plan runs. The Hooks step's hooks run for
 * every VM unless turned off there; a VM may override either step in the
 * review with none, one of the wizard's own hooks, or a Hook already in the
 * namespace. The builders (spec.vms[].hooks) and the kubectl-mtv commands
 * both read these, so they agree.
 */
import type { HookStep } from '../../k8s/types';
import { NO_HOOK, objectNames, WIZARD_POST_HOOK, WIZARD_PRE_HOOK, type WizardValues, type WizardVm } from './values';

export type HookKey = 'preHook' | 'postHook';

export const HOOK_KEYS: readonly HookKey[] = ['preHook', 'postHook'];

export const stepOf = (key: HookKey): HookStep => (key === 'preHook' ? 'PreHook' : 'PostHook');

/** The Hook the plan gives every VM for this step, or '' when none. */
export const planWideHook = (v: WizardValues, key: HookKey): string => {
  const hook = v[key];
  return hook.enabled && hook.forEveryVm !== false ? objectNames(v.name)[key] : '';
};

/** True when a VM's choice names one of the wizard's hooks that is turned off (it then runs none). */
export const isMissingWizardHook = (v: WizardValues, choice: string | undefined): boolean =>
  (choice === WIZARD_PRE_HOOK && !v.preHook.enabled) || (choice === WIZARD_POST_HOOK && !v.postHook.enabled);

/** The Hook name a VM runs for one step, or '' for none. */
export const vmHook = (v: WizardValues, vm: WizardVm, key: HookKey): string => {
  const choice = vm[key];
  if (choice === undefined) return planWideHook(v, key);
  if (choice === NO_HOOK || isMissingWizardHook(v, choice)) return '';
  const names = objectNames(v.name);
  if (choice === WIZARD_PRE_HOOK) return names.preHook;
  if (choice === WIZARD_POST_HOOK) return names.postHook;
  return choice;
};

/** True when the VM picked its own hook for at least one step. */
export const hasOwnHooks = (vm: WizardVm): boolean => vm.preHook !== undefined || vm.postHook !== undefined;

/**
 * The `kubectl mtv patch planvm` hook flags that take a VM from what
 * `create plan --pre-hook/--post-hook` gave it to its own hooks. kubectl-mtv
 * removes one hook by name per command (`--remove-hook`) and `--clear-hooks`
 * ends its command, so replacing both plan-wide hooks takes a clearing
 * command first (`clearFirst`).
 */
export const vmHookFlags = (
  v: WizardValues,
  vm: WizardVm,
): { clearFirst: boolean; removeHook?: string; addPreHook?: string; addPostHook?: string } => {
  const changed = HOOK_KEYS.filter((key) => vmHook(v, vm, key) !== planWideHook(v, key));
  const removed = changed.map((key) => planWideHook(v, key)).filter(Boolean);
  const add = (key: HookKey) => (changed.includes(key) && vmHook(v, vm, key) ? vmHook(v, vm, key) : undefined);
  return {
    clearFirst: removed.length > 1,
    ...(removed.length === 1 ? { removeHook: removed[0] } : {}),
    ...(add('preHook') ? { addPreHook: add('preHook') } : {}),
    ...(add('postHook') ? { addPostHook: add('postHook') } : {}),
  };
};
