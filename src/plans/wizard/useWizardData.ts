/**
 * What the wizard reads, all live: providers, plans and maps of the plan's
 * namespace (watched), the inventory's providers (for uids and types) and
 * the target provider's namespaces, NetworkAttachmentDefinitions and
 * StorageClasses from the inventory.
 */
import { useK8sWatchResource, type K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useQuery } from '@tanstack/react-query';
import * as React from 'react';
import { fetchInventory, type InventoryProvider } from '../../inventory/api';
import { useInventoryProviders } from '../../inventory/useInventoryProviders';
import { gvkOf, NetworkMapModel, PlanModel, ProviderModel, StorageMapModel } from '../../k8s/models';
import type { ProviderType, V1beta1Map, V1beta1Plan, V1beta1Provider } from '../../k8s/types';

const useList = <T extends K8sResourceCommon,>(model: Parameters<typeof gvkOf>[0], namespace: string) =>
  useK8sWatchResource<T[]>({ groupVersionKind: gvkOf(model), namespace, isList: true });

export interface WizardData {
  providers: V1beta1Provider[];
  providersLoaded: boolean;
  providersError?: unknown;
  plans: V1beta1Plan[];
  networkMaps: V1beta1Map[];
  storageMaps: V1beta1Map[];
  inventoryProviders: InventoryProvider[];
  inventoryError?: unknown;
}

export const useWizardData = (namespace: string): WizardData => {
  const [providers, providersLoaded, providersError] = useList<V1beta1Provider>(ProviderModel, namespace);
  const [plans] = useList<V1beta1Plan>(PlanModel, namespace);
  const [networkMaps] = useList<V1beta1Map>(NetworkMapModel, namespace);
  const [storageMaps] = useList<V1beta1Map>(StorageMapModel, namespace);
  const inventory = useInventoryProviders(15_000, providers);
  const inventoryProviders = React.useMemo(
    () => Object.entries(inventory.data ?? {}).flatMap(([type, list]) => (list ?? []).map((p) => ({ ...p, type: (p.type ?? type) as ProviderType }))),
    [inventory.data],
  );
  return {
    providers: providers ?? [],
    providersLoaded,
    providersError,
    plans: plans ?? [],
    networkMaps: networkMaps ?? [],
    storageMaps: storageMaps ?? [],
    inventoryProviders,
    inventoryError: inventory.error ?? undefined,
  };
};

export const inventoryProviderOf = (data: WizardData, namespace: string, name: string): InventoryProvider | undefined =>
  name ? data.inventoryProviders.find((p) => p.namespace === namespace && p.name === name) : undefined;

export const providerTypeOf = (data: WizardData, name: string): ProviderType | undefined =>
  data.providers.find((p) => p.metadata?.name === name)?.spec?.type;

/** An OpenShift inventory item: the Kubernetes object in an envelope. */
export interface OpenshiftItem {
  name: string;
  namespace?: string;
  object?: { metadata?: { annotations?: Record<string, string> } };
}

/** A small inventory collection (helper lists, target lists), cached like the inventory browser's. */
export const useInventoryList = <T = Record<string, unknown>,>(provider: InventoryProvider | undefined, collection: string | undefined) =>
  useQuery<T[]>({
    queryKey: ['inventory', 'list', provider?.type, provider?.uid, collection],
    enabled: !!provider && !!collection,
    staleTime: 30_000,
    queryFn: () => fetchInventory<T[]>(`providers/${provider!.type}/${provider!.uid}/${collection}?detail=4`),
  });

/** Several helper collections of one provider by name, loaded in parallel. */
export const useInventoryLists = (provider: InventoryProvider | undefined, collections: readonly string[]) => {
  const a = useInventoryList(provider, collections[0]);
  const b = useInventoryList(provider, collections[1]);
  return React.useMemo(() => {
    const out: Record<string, Record<string, unknown>[] | undefined> = {};
    if (collections[0]) out[collections[0]] = a.data;
    if (collections[1]) out[collections[1]] = b.data;
    return { lists: out, loading: a.isLoading || b.isLoading, error: a.error ?? b.error ?? undefined };
  }, [a.data, b.data, a.isLoading, b.isLoading, a.error, b.error, collections]);
};

/** VM ids already in other plans of the same source provider, with those plans' names. */
export const vmsInOtherPlans = (plans: readonly V1beta1Plan[], sourceProvider: string): Map<string, string[]> => {
  const out = new Map<string, string[]>();
  for (const plan of plans) {
    if (plan.spec?.provider?.source?.name !== sourceProvider || plan.spec?.archived) continue;
    for (const vm of plan.spec?.vms ?? []) {
      const key = vm.id ?? vm.name;
      if (!key) continue;
      out.set(key, [...(out.get(key) ?? []), plan.metadata?.name ?? '']);
    }
  }
  return out;
};
