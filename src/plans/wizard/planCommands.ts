/**
 * The `kubectl mtv` commands that create what the wizard creates: the maps
 * built in place (`create mapping network|storage ... --network-pairs`), the
 * hooks (`create hook`), then `create plan` referencing them by name. Pairs
 * use source names, as kubectl-mtv reads them; values are shell-quoted.
 */
import { parseKeyValues, formatKeyValues } from './keyValues';
import { needsStorageMap } from './migrationTypes';
import { enabledHookSteps, type SourceNames } from './builders';
import { objectNames, type WizardValues } from './values';

/** POSIX shell quoting: bare when safe, else single quotes with `'\''` for quotes inside. */
export const shellQuote = (value: string): string => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`);

const line = (parts: (string | undefined | false)[]): string => parts.filter((p): p is string => !!p).join(' \\\n  ');

const flag = (name: string, value: string | undefined): string | undefined => (value ? `--${name} ${shellQuote(value)}` : undefined);

const networkTarget = (targetId: string): string => (targetId === 'pod' ? 'default' : targetId);

export const planCommands = (v: WizardValues, names: { network: SourceNames; storage: SourceNames }): string[] => {
  const ns = `-n ${shellQuote(v.namespace)}`;
  const objects = objectNames(v.name);
  const commands: string[] = [];
  if (v.networkMap.mode === 'new') {
    const pairs = v.networkMap.pairs
      .filter((p) => p.sourceId && p.targetId)
      .map((p) => `${names.network[p.sourceId] ?? p.sourceId}:${networkTarget(p.targetId)}`)
      .join(',');
    commands.push(
      line([
        `kubectl mtv create mapping network ${shellQuote(objects.networkMap)} ${ns}`,
        flag('source', v.sourceProvider),
        flag('target', v.targetProvider),
        flag('network-pairs', pairs),
      ]),
    );
  }
  const storage = needsStorageMap(v.type);
  if (storage && v.storageMap.mode === 'new') {
    const pairs = v.storageMap.pairs
      .filter((p) => p.sourceId && p.targetId)
      .map((p) => `${names.storage[p.sourceId] ?? p.sourceId}:${p.targetId}`)
      .join(',');
    commands.push(
      line([
        `kubectl mtv create mapping storage ${shellQuote(objects.storageMap)} ${ns}`,
        flag('source', v.sourceProvider),
        flag('target', v.targetProvider),
        flag('storage-pairs', pairs),
      ]),
    );
  }
  for (const step of enabledHookSteps(v)) {
    const hook = step === 'PreHook' ? v.preHook : v.postHook;
    commands.push(
      line([
        `kubectl mtv create hook ${shellQuote(step === 'PreHook' ? objects.preHook : objects.postHook)} ${ns}`,
        flag('image', hook.image.trim()),
        flag('service-account', hook.serviceAccount.trim()),
        flag('deadline', hook.deadline.trim()),
        flag('playbook', hook.playbook.trim() ? hook.playbook : undefined),
      ]),
    );
  }
  const labels = formatKeyValues(parseKeyValues(v.targetLabels).values);
  const nodeSelector = formatKeyValues(parseKeyValues(v.targetNodeSelector).values);
  commands.push(
    line([
      `kubectl mtv create plan ${shellQuote(v.name)} ${ns}`,
      flag('source', v.sourceProvider),
      flag('target', v.targetProvider),
      flag('target-namespace', v.targetNamespace),
      flag('network-mapping', v.networkMap.mode === 'existing' ? v.networkMap.existing : objects.networkMap),
      storage ? flag('storage-mapping', v.storageMap.mode === 'existing' ? v.storageMap.existing : objects.storageMap) : undefined,
      flag('vms', v.vms.map((vm) => vm.name || vm.id).join(',')),
      flag('migration-type', v.type),
      flag('description', v.description.trim()),
      flag('target-power-state', v.targetPowerState),
      flag('transfer-network', v.transferNetwork),
      v.preserveStaticIPs && '--preserve-static-ips',
      flag('pvc-name-template', v.pvcNameTemplate.trim()),
      flag('volume-name-template', v.volumeNameTemplate.trim()),
      flag('network-name-template', v.networkNameTemplate.trim()),
      !v.migrateSharedDisks && '--migrate-shared-disks=false',
      flag('target-labels', labels),
      flag('target-node-selector', nodeSelector),
      v.deleteVmOnFailMigration && '--delete-vm-on-fail-migration',
      v.preHook.enabled && flag('pre-hook', objects.preHook),
      v.postHook.enabled && flag('post-hook', objects.postHook),
    ]),
  );
  return commands;
};
