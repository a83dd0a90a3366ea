/**
 * Per-VM settings chosen in the wizard, kept on its VM list (WizardVm) until
 * the plan is written. The values come from the details page's VM settings
 * form and go through its builder, so both write the same spec.vms entry.
 */
import { applyVmCustomisation, type VmCustomisation } from '../actions/planBuilders';
import type { WizardVm } from './values';
import { hasOwnHooks } from './vmHooks';

export const hasVmSettings = (vm: WizardVm): boolean => !!(vm.targetName || vm.targetPowerState || vm.pvcNameTemplate) || hasOwnHooks(vm);

/**
 * The VM list with one VM's settings replaced. Hooks are the VM's own choice
 * (vmHooks.ts): '' in the form means "as the plan", kept as no field.
 */
export const withVmSettings = (vms: readonly WizardVm[], id: string, settings: VmCustomisation): WizardVm[] =>
  vms.map((vm) => {
    if (vm.id !== id) return vm;
    const entry = applyVmCustomisation({ id: vm.id, name: vm.name }, { ...settings, preHook: '', postHook: '' });
    return {
      id: vm.id,
      name: vm.name,
      ...(entry.targetName ? { targetName: entry.targetName } : {}),
      ...(entry.targetPowerState ? { targetPowerState: entry.targetPowerState } : {}),
      ...(entry.pvcNameTemplate ? { pvcNameTemplate: entry.pvcNameTemplate } : {}),
      ...(settings.preHook ? { preHook: settings.preHook } : {}),
      ...(settings.postHook ? { postHook: settings.postHook } : {}),
    };
  });
