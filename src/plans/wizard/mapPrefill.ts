/**
 * Pre-filling a map built in the wizard: one pair per source the selected
 * VMs use (exactly those), keeping targets already chosen, and suggesting a
 * target for new ones: the pod network for the first network (only one may
 * use it), a NetworkAttachmentDefinition of the same name when there is one,
 * the default StorageClass for storage.
 */
import type { UsedSource } from './vmResources';
import type { WizardMapPair } from './values';

export const prefillNetworkPairs = (sources: readonly UsedSource[], current: readonly WizardMapPair[], nadIds: readonly string[]): WizardMapPair[] => {
  const chosen = new Map(current.map((p) => [p.sourceId, p]));
  let podTaken = current.some((p) => p.targetId === 'pod' && sources.some((s) => s.id === p.sourceId));
  return sources.map((source) => {
    const existing = chosen.get(source.id);
    if (existing) return existing;
    const sameName = nadIds.find((id) => id.slice(id.indexOf('/') + 1) === source.name);
    if (sameName) return { sourceId: source.id, targetId: sameName };
    if (!podTaken) {
      podTaken = true;
      return { sourceId: source.id, targetId: 'pod' };
    }
    return { sourceId: source.id, targetId: '' };
  });
};

export const prefillStoragePairs = (sources: readonly UsedSource[], current: readonly WizardMapPair[], defaultClass: string | undefined): WizardMapPair[] => {
  const chosen = new Map(current.map((p) => [p.sourceId, p]));
  return sources.map((source) => chosen.get(source.id) ?? { sourceId: source.id, targetId: defaultClass ?? '' });
};

export const samePairs = (a: readonly WizardMapPair[], b: readonly WizardMapPair[]): boolean =>
  a.length === b.length &&
  a.every((p, i) => p.sourceId === b[i].sourceId && p.targetId === b[i].targetId && p.volumeMode === b[i].volumeMode && p.accessMode === b[i].accessMode);
