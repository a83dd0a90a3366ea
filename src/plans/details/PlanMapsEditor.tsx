import * as React from 'react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Button, Form, FormGroup, FormSelect, FormSelectOption, Title } from '@patternfly/react-core';
import { NetworkMapModel, StorageMapModel, gvkOf } from '../../k8s/models';
import type { V1beta1Map, V1beta1Plan } from '../../k8s/types';
import { useForkliftTranslation } from '../../utils/i18n';
import { editPlan } from '../actions/api';
import { mapsOps } from '../actions/planBuilders';
import { useActionRunner } from '../actions/useActionRunner';

/** Points a plan not yet started at other maps of its providers. */
export const PlanMapsEditor: React.FC<{ plan: V1beta1Plan }> = ({ plan }) => {
  const { t } = useForkliftTranslation();
  const ns = plan.metadata?.namespace;
  const [networkMaps] = useK8sWatchResource<V1beta1Map[]>({ groupVersionKind: gvkOf(NetworkMapModel), namespace: ns, isList: true });
  const [storageMaps] = useK8sWatchResource<V1beta1Map[]>({ groupVersionKind: gvkOf(StorageMapModel), namespace: ns, isList: true });
  const [network, setNetwork] = React.useState(plan.spec?.map?.network?.name ?? '');
  const [storage, setStorage] = React.useState(plan.spec?.map?.storage?.name ?? '');
  const [retried, setRetried] = React.useState(false);
  const { run, inFlight, error } = useActionRunner();
  const source = plan.spec?.provider?.source?.name;
  const sameSource = (m: V1beta1Map) => !source || m.spec?.provider?.source?.name === source;
  const changed = network !== (plan.spec?.map?.network?.name ?? '') || storage !== (plan.spec?.map?.storage?.name ?? '');
  return (
    <Form
      className="pf-v6-u-mt-lg"
      onSubmit={async (e) => {
        e.preventDefault();
        setRetried(false);
        await run(async () => {
          const result = await editPlan(plan, (current) =>
            mapsOps(current, { network: network ? { name: network } : undefined, storage: storage ? { name: storage } : undefined }),
          );
          setRetried(result.retried);
        });
      }}
    >
      <Title headingLevel="h2">{t('Maps')}</Title>
      <FormGroup label={t('Network map')} fieldId="plan-network-map">
        <FormSelect id="plan-network-map" value={network} onChange={(_e, v) => setNetwork(v)}>
          <FormSelectOption value="" label={t('Choose a network map')} isDisabled />
          {(networkMaps ?? []).filter(sameSource).map((m) => (
            <FormSelectOption key={m.metadata?.name} value={m.metadata?.name ?? ''} label={m.metadata?.name ?? ''} />
          ))}
        </FormSelect>
      </FormGroup>
      <FormGroup label={t('Storage map')} fieldId="plan-storage-map">
        <FormSelect id="plan-storage-map" value={storage} onChange={(_e, v) => setStorage(v)}>
          <FormSelectOption value="" label={t('No storage map')} />
          {(storageMaps ?? []).filter(sameSource).map((m) => (
            <FormSelectOption key={m.metadata?.name} value={m.metadata?.name ?? ''} label={m.metadata?.name ?? ''} />
          ))}
        </FormSelect>
      </FormGroup>
      {retried ? (
        <Alert isInline variant="info" title={t('The plan had changed meanwhile (409 Conflict); your change was applied to its latest version.')} />
      ) : null}
      {error ? (
        <Alert isInline variant="danger" title={t('The maps could not be changed')}>
          {error}
        </Alert>
      ) : null}
      <div>
        <Button type="submit" variant="secondary" isDisabled={!changed || inFlight} isLoading={inFlight}>
          {t('Save maps')}
        </Button>
      </div>
    </Form>
  );
};
