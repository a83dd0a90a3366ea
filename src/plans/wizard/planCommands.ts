/**
 * The `kubectl mtv` commands that create what the wizard creates: the maps
 * built in place (`create mapping network|storage ... --network-pairs`), the
 * hooks (`create hook`), then `create plan` referencing them by name. Pairs
 * use source names, as kubectl-mtv reads them (`default` is the pod network).
 * What create plan cannot say follows it: an affinity that is not one KARL
 * rule (`kubectl patch`), and the VMs' own settings (`patch planvm`).
 * Rendering and shell quoting are the write layer's (renderMtvCommand).
 */
import { shellQuote, type MtvCommand } from '../../k8s/write/kubectlMtv';
import { formatTarget } from '../../mappings/editor/pairSyntax';
import { formatKarl } from '../placement/karl';
import { placementSpec, type PlacementSpec } from '../placement/placement';
import { enabledHookSteps, type SourceNames } from './builders';
import { formatKeyValues } from './keyValues';
import { needsStorageMap } from './migrationTypes';
import { objectNames, type WizardValues } from './values';
import { hasOwnHooks, planWideHook, vmHookFlags } from './vmHooks';

const networkTarget = (targetId: string): string => (targetId === 'pod' ? 'default' : targetId);

export const planCommands = (v: WizardValues, names: { network: SourceNames; storage: SourceNames }): (MtvCommand | string)[] => {
  const objects = objectNames(v.name);
  const providers = [
    { name: 'source', value: v.sourceProvider },
    { name: 'target', value: v.targetProvider },
  ];
  const commands: MtvCommand[] = [];
  if (v.networkMap.mode === 'new') {
    const pairs = v.networkMap.pairs
      .filter((p) => p.sourceId && p.targetId)
      .map((p) => `${names.network[p.sourceId] ?? p.sourceId}:${networkTarget(p.targetId)}`)
      .join(',');
    commands.push({ verb: ['create', 'mapping', 'network'], args: [objects.networkMap], namespace: v.namespace, flags: [...providers, { name: 'network-pairs', value: pairs }] });
  }
  const storage = needsStorageMap(v.type);
  if (storage && v.storageMap.mode === 'new') {
    const pairs = v.storageMap.pairs
      .filter((p) => p.sourceId && p.targetId)
      .map((p) => `${names.storage[p.sourceId] ?? p.sourceId}:${formatTarget('storage', p)}`)
      .join(',');
    commands.push({ verb: ['create', 'mapping', 'storage'], args: [objects.storageMap], namespace: v.namespace, flags: [...providers, { name: 'storage-pairs', value: pairs }] });
  }
  for (const step of enabledHookSteps(v)) {
    const hook = step === 'PreHook' ? v.preHook : v.postHook;
    commands.push({
      verb: ['create', 'hook'],
      args: [step === 'PreHook' ? objects.preHook : objects.postHook],
      namespace: v.namespace,
      flags: [
        { name: 'image', value: hook.image.trim() },
        { name: 'service-account', value: hook.serviceAccount.trim() },
        { name: 'deadline', value: hook.deadline.trim() },
        { name: 'playbook', value: hook.playbook.trim() ? hook.playbook : undefined },
      ],
    });
  }
  const placement = placementSpec(v);
  commands.push({
    verb: ['create', 'plan'],
    args: [v.name],
    namespace: v.namespace,
    flags: [
      ...providers,
      { name: 'target-namespace', value: v.targetNamespace },
      { name: 'network-mapping', value: v.networkMap.mode === 'existing' ? v.networkMap.existing : objects.networkMap },
      { name: 'storage-mapping', value: storage ? (v.storageMap.mode === 'existing' ? v.storageMap.existing : objects.storageMap) : undefined },
      { name: 'vms', value: v.vms.map((vm) => vm.name || vm.id).join(',') },
      { name: 'migration-type', value: v.type },
      { name: 'description', value: v.description.trim() },
      { name: 'target-power-state', value: v.targetPowerState },
      { name: 'transfer-network', value: v.transferNetwork },
      { name: 'preserve-static-ips', value: v.preserveStaticIPs },
      { name: 'pvc-name-template', value: v.pvcNameTemplate.trim() },
      { name: 'volume-name-template', value: v.volumeNameTemplate.trim() },
      { name: 'network-name-template', value: v.networkNameTemplate.trim() },
      { name: 'migrate-shared-disks=false', value: !v.migrateSharedDisks },
      { name: 'target-labels', value: formatKeyValues(placement.targetLabels) },
      { name: 'target-node-selector', value: formatKeyValues(placement.targetNodeSelector) },
      { name: 'target-affinity', value: formatKarl(placement.targetAffinity) },
      { name: 'convertor-labels', value: formatKeyValues(placement.convertorLabels) },
      { name: 'convertor-node-selector', value: formatKeyValues(placement.convertorNodeSelector) },
      { name: 'convertor-affinity', value: formatKarl(placement.convertorAffinity) },
      { name: 'delete-vm-on-fail-migration', value: v.deleteVmOnFailMigration },
      { name: 'pre-hook', value: planWideHook(v, 'preHook') },
      { name: 'post-hook', value: planWideHook(v, 'postHook') },
    ],
  });
  return [...commands, ...affinityPatch(v, placement), ...planVmCommands(v)];
};

/**
 * kubectl-mtv takes an affinity only as one KARL rule: an affinity given as
 * YAML that no rule says is set after the plan is created, with a merge patch.
 */
const affinityPatch = (v: WizardValues, placement: PlacementSpec): string[] => {
  const rest = Object.fromEntries(
    (['targetAffinity', 'convertorAffinity'] as const).filter((f) => placement[f] && !formatKarl(placement[f])).map((f) => [f, placement[f]]),
  );
  if (Object.keys(rest).length === 0) return [];
  return [['kubectl', 'patch', 'plan', shellQuote(v.name), '-n', shellQuote(v.namespace), '--type', 'merge', '-p', shellQuote(JSON.stringify({ spec: rest }))].join(' ')];
};

/**
 * `patch planvm` for each VM given its own settings or hooks (kubectl-mtv's
 * create plan has no per-VM flags; its --pre-hook/--post-hook go to every VM,
 * so a VM's own hook replaces that one: vmHookFlags).
 */
const planVmCommands = (v: WizardValues): MtvCommand[] =>
  v.vms
    .filter((vm) => vm.targetName || vm.targetPowerState || vm.pvcNameTemplate || hasOwnHooks(vm))
    .flatMap((vm) => {
      const hooks = vmHookFlags(v, vm);
      const target = [
        { name: 'plan-name', value: v.name },
        { name: 'vm-name', value: vm.name || vm.id },
      ];
      const main: MtvCommand = {
        verb: ['patch', 'planvm'],
        namespace: v.namespace,
        flags: [
          ...target,
          { name: 'target-name', value: vm.targetName },
          { name: 'target-power-state', value: vm.targetPowerState },
          { name: 'pvc-name-template', value: vm.pvcNameTemplate },
          { name: 'remove-hook', value: hooks.removeHook },
          { name: 'add-pre-hook', value: hooks.addPreHook },
          { name: 'add-post-hook', value: hooks.addPostHook },
        ],
      };
      const clear: MtvCommand[] = hooks.clearFirst ? [{ verb: ['patch', 'planvm'], namespace: v.namespace, flags: [...target, { name: 'clear-hooks', value: true }] }] : [];
      // A VM whose choices equal the plan's hooks needs no command at all.
      const hasFlags = main.flags!.slice(2).some((f) => f.value);
      return [...clear, ...(hasFlags ? [main] : [])];
    });
