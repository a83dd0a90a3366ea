/**
 * Pre-filling a map built in the wizard: pairs for exactly the sources the
 * selected VMs use (pairs of sources no longer in use go), keeping targets
 * already chosen and suggesting one for new sources: a NetworkAttachmentDefinition
 * of the same name, else the pod network for the first network (only one may
 * use it); the default StorageClass for storage. A network with no obvious
 * target stays unpaired: the mapping editor shows it as missing, and guessing
 * a VLAN is worse than asking.
 */
import type { WizardMapPair } from './values';

interface Source {
  id: string;
  name: string;
  vmCount?: number;
}

export const prefillNetworkPairs = (sources: readonly Source[], current: readonly WizardMapPair[], nadIds: readonly string[]): WizardMapPair[] => {
  const used = new Set(sources.map((s) => s.id));
  const kept = current.filter((p) => used.has(p.sourceId));
  const paired = new Set(kept.map((p) => p.sourceId));
  let podTaken = kept.some((p) => p.targetId === 'pod');
  const added: WizardMapPair[] = [];
  for (const source of sources) {
    if (paired.has(source.id)) continue;
    const sameName = nadIds.find((id) => id.slice(id.indexOf('/') + 1) === source.name);
    if (sameName) added.push({ sourceId: source.id, targetId: sameName });
    else if (!podTaken) {
      podTaken = true;
      added.push({ sourceId: source.id, targetId: 'pod' });
    }
  }
  return [...kept, ...added];
};

export const prefillStoragePairs = (sources: readonly Source[], current: readonly WizardMapPair[], defaultClass: string | undefined): WizardMapPair[] => {
  const used = new Set(sources.map((s) => s.id));
  const kept = current.filter((p) => used.has(p.sourceId));
  const paired = new Set(kept.map((p) => p.sourceId));
  const added = defaultClass ? sources.filter((s) => !paired.has(s.id)).map((s) => ({ sourceId: s.id, targetId: defaultClass })) : [];
  return [...kept, ...added];
};

export const samePairs = (a: readonly WizardMapPair[], b: readonly WizardMapPair[]): boolean =>
  a.length === b.length &&
  a.every((p, i) => p.sourceId === b[i].sourceId && p.targetId === b[i].targetId && p.volumeMode === b[i].volumeMode && p.accessMode === b[i].accessMode);
