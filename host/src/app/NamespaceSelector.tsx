import { FormSelect, FormSelectOption } from '@patternfly/react-core';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useK8sWatchResource } from '../sdk/k8s-hooks';
import { useActiveNamespace } from '../sdk/namespace';
import { ALL_NAMESPACES_KEY } from '../sdk/k8s-url';

const NAMESPACES = { groupVersionKind: { version: 'v1', kind: 'Namespace' }, isList: true };

/** The project picker: a live Namespace list; "All projects" is the console's #ALL_NS#. */
export const NamespaceSelector = () => {
  const [active, setActive] = useActiveNamespace();
  const [namespaces, loaded] = useK8sWatchResource<K8sResourceCommon[]>(NAMESPACES);
  const names = (namespaces ?? []).map((n) => n.metadata?.name ?? '').filter(Boolean).sort();
  // Keep the current choice visible even before the list arrives or if it was deleted.
  if (active !== ALL_NAMESPACES_KEY && !names.includes(active)) names.unshift(active);
  return (
    <FormSelect
      id="host-namespace"
      aria-label="Project"
      value={active}
      onChange={(_e, value) => setActive(value)}
      isDisabled={!loaded && names.length === 0}
      style={{ minWidth: '14rem' }}
    >
      <FormSelectOption value={ALL_NAMESPACES_KEY} label="All projects" />
      {names.map((n) => (
        <FormSelectOption key={n} value={n} label={`Project: ${n}`} />
      ))}
    </FormSelect>
  );
};
