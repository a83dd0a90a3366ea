/**
 * The source provider's VMs through the inventory browser's engine (one
 * worker, shared cache): the loaded collection, an index tying each row to
 * its VM id, and the whole inventory objects of the selected VMs (for the
 * maps' pre-fill and the PVC name preview).
 */
import * as React from 'react';
import type { InventoryProvider } from '../../inventory/api';
import { engineClient, useCollection, useQueryResult, type CollectionRef } from '../../inventory/useInventoryEngine';
import { buildVmIndex, VM_INDEX_QUERY, type VmIndex } from './vmTable';
import type { WizardVm } from './values';

export interface SourceVms {
  ref?: CollectionRef;
  collection: ReturnType<typeof useCollection>;
  index?: VmIndex;
  indexError?: unknown;
  /** Inventory objects of the selected VMs, in selection order (undefined while loading). */
  selectedObjects?: Record<string, unknown>[];
}

export const useSourceVms = (provider: InventoryProvider | undefined, selected: readonly WizardVm[]): SourceVms => {
  const ref = React.useMemo<CollectionRef | undefined>(
    () => (provider ? { providerType: provider.type, providerUid: provider.uid, kind: 'vms' } : undefined),
    [provider?.type, provider?.uid], // eslint-disable-line react-hooks/exhaustive-deps -- provider objects change on every refetch
  );
  const collection = useCollection(ref);
  const indexResult = useQueryResult(ref, collection.data, collection.dataUpdatedAt, VM_INDEX_QUERY);
  const index = React.useMemo(() => (indexResult.data ? buildVmIndex(indexResult.data) : undefined), [indexResult.data]);

  const [selectedObjects, setSelectedObjects] = React.useState<Record<string, unknown>[]>();
  const selectionKey = selected.map((v) => v.id).join(',');
  const datasetKey = collection.data?.key;
  React.useEffect(() => {
    if (!index || !datasetKey) return undefined;
    let current = true;
    const sources = selected.map((v) => index.bySourceId.get(v.id)).filter((s): s is number => s !== undefined);
    engineClient()
      .objects(datasetKey, sources)
      .then((objects) => {
        if (current) setSelectedObjects(objects.filter((o): o is Record<string, unknown> => !!o && typeof o === 'object'));
      })
      .catch(() => {
        // The engine dropped the collection: it reloads, and this runs again with the new index.
      });
    return () => {
      current = false;
    };
  }, [index, datasetKey, selectionKey]); // eslint-disable-line react-hooks/exhaustive-deps -- selectionKey stands for `selected`

  return { ref, collection, index, indexError: indexResult.error ?? undefined, selectedObjects: index ? selectedObjects : undefined };
};
