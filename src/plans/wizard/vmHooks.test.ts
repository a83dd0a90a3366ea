/**
 * Per-VM hooks chosen in the wizard's review: the hooks each VM runs in
 * spec.vms[].hooks, and the kubectl-mtv commands that reach the same plan.
 */
import { describe, expect, it, vi } from 'vitest';
import { renderMtvCommand } from '../../k8s/write/kubectlMtv';
import { plannedObjects, toPlan } from './builders';
import { planCommands } from './planCommands';
import { twoVmWizardValues } from './wizardFixtures';
import { defaultValues, NO_HOOK, WIZARD_POST_HOOK, WIZARD_PRE_HOOK, type WizardValues } from './values';
import { vmHookFlags } from './vmHooks';
import { hasVmSettings, withVmSettings } from './vmSettings';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => ({}));

const hook = (over: Partial<WizardValues['preHook']> = {}) => ({ ...defaultValues('mtv').preHook, enabled: true, image: 'img', ...over });

const values = (over: Partial<WizardValues> = {}): WizardValues => twoVmWizardValues({ ...over });

const ref = (step: 'PreHook' | 'PostHook', name: string) => ({ step, hook: { name, namespace: 'mtv' } });
const commands = (v: WizardValues) =>
  planCommands(v, { network: {}, storage: {} }).map((c) => (typeof c === 'string' ? c : renderMtvCommand(c, { multiline: false })));

describe('per-VM hooks in the plan wizard', () => {
  it('gives every VM the plan-wide hooks unless it picked its own', () => {
    const v = values({
      preHook: hook(),
      postHook: hook(),
      vms: [
        { id: 'vm-1', name: 'web-1', preHook: 'quiesce-db' },
        { id: 'vm-2', name: 'web-2', postHook: NO_HOOK },
        { id: 'vm-3', name: 'web-3' },
      ],
    });
    expect(toPlan(v).spec?.vms).toEqual([
      { id: 'vm-1', name: 'web-1', hooks: [ref('PreHook', 'quiesce-db'), ref('PostHook', 'web-tier-post-hook')] },
      { id: 'vm-2', name: 'web-2', hooks: [ref('PreHook', 'web-tier-pre-hook')] },
      { id: 'vm-3', name: 'web-3', hooks: [ref('PreHook', 'web-tier-pre-hook'), ref('PostHook', 'web-tier-post-hook')] },
    ]);
  });

  it('writes a wizard hook that is not for every VM, used only by the VMs that pick it', () => {
    const v = values({ postHook: hook({ forEveryVm: false }), vms: [{ id: 'vm-1', name: 'web-1', postHook: WIZARD_POST_HOOK }, { id: 'vm-2', name: 'web-2' }] });
    expect(toPlan(v).spec?.vms).toEqual([{ id: 'vm-1', name: 'web-1', hooks: [ref('PostHook', 'web-tier-post-hook')] }, { id: 'vm-2', name: 'web-2' }]);
    expect(plannedObjects(v, { network: {}, storage: {} }).map((o) => `${o.data.kind} ${o.data.metadata?.name}`)).toContain('Hook web-tier-post-hook');
    // The wizard's pre-hook as this VM's post-hook: a Hook is not tied to a step.
    const swapped = values({ preHook: hook({ forEveryVm: false }), vms: [{ id: 'vm-1', name: 'web-1', postHook: WIZARD_PRE_HOOK }] });
    expect(toPlan(swapped).spec?.vms?.[0].hooks).toEqual([ref('PostHook', 'web-tier-pre-hook')]);
  });

  it('runs no hook for a choice of a wizard hook that was turned off since', () => {
    const v = values({ vms: [{ id: 'vm-1', name: 'web-1', preHook: WIZARD_PRE_HOOK }] });
    expect(toPlan(v).spec?.vms).toEqual([{ id: 'vm-1', name: 'web-1' }]);
  });

  it('follows the plan\'s hooks in kubectl mtv: --pre-hook for every VM, then patch planvm per VM', () => {
    const v = values({
      preHook: hook(),
      postHook: hook({ forEveryVm: false }),
      vms: [
        { id: 'vm-1', name: 'web-1', preHook: 'quiesce-db', postHook: WIZARD_POST_HOOK },
        { id: 'vm-2', name: 'web-2', preHook: NO_HOOK, targetName: 'front-2' },
        { id: 'vm-3', name: 'web-3' },
      ],
    });
    const text = commands(v);
    const create = text.find((c) => c.startsWith('kubectl mtv create plan'))!;
    expect(create).toContain('--pre-hook web-tier-pre-hook');
    expect(create).not.toContain('--post-hook');
    expect(text.filter((c) => c.includes('create hook'))).toHaveLength(2);
    expect(text.filter((c) => c.includes('planvm'))).toEqual([
      'kubectl mtv patch planvm -n mtv --plan-name web-tier --vm-name web-1 --remove-hook web-tier-pre-hook --add-pre-hook quiesce-db --add-post-hook web-tier-post-hook',
      'kubectl mtv patch planvm -n mtv --plan-name web-tier --vm-name web-2 --target-name front-2 --remove-hook web-tier-pre-hook',
    ]);
  });

  it('clears both plan-wide hooks first when a VM replaces both (kubectl-mtv removes one per command)', () => {
    const v = values({ preHook: hook(), postHook: hook(), vms: [{ id: 'vm-1', name: 'web-1', preHook: 'a', postHook: 'b' }] });
    expect(vmHookFlags(v, v.vms[0])).toEqual({ clearFirst: true, addPreHook: 'a', addPostHook: 'b' });
    expect(commands(v).filter((c) => c.includes('planvm'))).toEqual([
      'kubectl mtv patch planvm -n mtv --plan-name web-tier --vm-name web-1 --clear-hooks',
      'kubectl mtv patch planvm -n mtv --plan-name web-tier --vm-name web-1 --add-pre-hook a --add-post-hook b',
    ]);
    // A choice equal to the plan's own hook changes nothing and needs no command.
    const same = values({ preHook: hook(), vms: [{ id: 'vm-1', name: 'web-1', preHook: WIZARD_PRE_HOOK }] });
    expect(commands(same).some((c) => c.includes('planvm'))).toBe(false);
  });

  it('keeps the choices on the wizard\'s VM list ("" in the form is "as the plan")', () => {
    const vms = [{ id: 'vm-1', name: 'web-1' }];
    const set = withVmSettings(vms, 'vm-1', { targetName: '', targetPowerState: '', pvcNameTemplate: '', preHook: 'quiesce-db', postHook: NO_HOOK });
    expect(set).toEqual([{ id: 'vm-1', name: 'web-1', preHook: 'quiesce-db', postHook: NO_HOOK }]);
    expect(hasVmSettings(set[0])).toBe(true);
    const reset = withVmSettings(set, 'vm-1', { targetName: '', targetPowerState: '', pvcNameTemplate: '', preHook: '', postHook: '' });
    expect(reset).toEqual(vms);
  });
});
