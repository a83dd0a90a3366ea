/**
 * Adding VMs to a plan that has not started, as pure rules: which of the
 * networks and storage the new VMs use the plan's maps do not cover (the
 * controller would then hold the plan with VMNetworksNotMapped /
 * VMStorageNotMapped, so the person is told before adding). The patch itself
 * is addVmsOps in ../actions/planBuilders.
 */
import type { V1beta1Map } from '../../k8s/types';

interface Source {
  id: string;
  name: string;
  type?: 'pod';
  namespace?: string;
}

/** True when one of the map's pairs has this source (by id; by name for a pair written with a name only; the pod network by type). */
const mapped = (map: V1beta1Map, source: Source): boolean =>
  (map.spec?.map ?? []).some((pair) => {
    const s = pair.source ?? {};
    if (source.type === 'pod') return s.type === 'pod';
    if (s.id) return s.id === source.id;
    if (!s.name) return false;
    // An OpenShift NAD is listed as namespace/name; a pair may name it either way.
    return s.name === source.name || (s.namespace ? `${s.namespace}/${s.name}` === source.name : false);
  });

/** The sources (used by the VMs being added) the map leaves out; every one of them without a map. */
export const unmappedSources = <S extends Source>(used: readonly S[], map: V1beta1Map | undefined): S[] =>
  map ? used.filter((source) => !mapped(map, source)) : [...used];
