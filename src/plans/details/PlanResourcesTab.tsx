import * as React from 'react';
import { ResourceLink, Timestamp, useK8sWatchResources, type K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { Checkbox, Label, Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { DataVolumeModel, EventModel, PersistentVolumeClaimModel, PodModel, VirtualMachineModel, gvkOf } from '../../k8s/models';
import { errorMessage } from '../../utils/errors';
import { useForkliftTranslation } from '../../utils/i18n';
import { eventTime, eventsFor, resourceStatus, type K8sEvent } from './targetResources';
import type { PlanTabProps } from './tabProps';

const KINDS = [VirtualMachineModel, DataVolumeModel, PersistentVolumeClaimModel, PodModel];
const MAX_EVENTS = 300;

/** What the plan created in the target namespace (by Forklift's `plan` label), and the Events about it and the plan. */
export const PlanResourcesTab: React.FC<PlanTabProps> = ({ obj: plan }) => {
  const { t } = useForkliftTranslation();
  const target = plan.spec?.targetNamespace;
  const uid = plan.metadata?.uid ?? '';
  const [warningsOnly, setWarningsOnly] = React.useState(false);
  const watched = useK8sWatchResources<Record<string, K8sResourceCommon[]>>({
    VirtualMachine: { groupVersionKind: gvkOf(VirtualMachineModel), namespace: target, isList: true, selector: { matchLabels: { plan: uid } } },
    DataVolume: { groupVersionKind: gvkOf(DataVolumeModel), namespace: target, isList: true, selector: { matchLabels: { plan: uid } } },
    PersistentVolumeClaim: { groupVersionKind: gvkOf(PersistentVolumeClaimModel), namespace: target, isList: true, selector: { matchLabels: { plan: uid } } },
    Pod: { groupVersionKind: gvkOf(PodModel), namespace: target, isList: true, selector: { matchLabels: { plan: uid } } },
    targetEvents: { groupVersionKind: gvkOf(EventModel), namespace: target, isList: true },
    planEvents: { groupVersionKind: gvkOf(EventModel), namespace: plan.metadata?.namespace, isList: true },
  });
  const objects = React.useMemo(
    () => KINDS.flatMap((m) => (watched[m.kind]?.data ?? []).map((o) => ({ ...o, kind: m.kind }))),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [watched.VirtualMachine?.data, watched.DataVolume?.data, watched.PersistentVolumeClaim?.data, watched.Pod?.data],
  );
  const events = React.useMemo(() => {
    const all = [...((watched.targetEvents?.data ?? []) as K8sEvent[]), ...((watched.planEvents?.data ?? []) as K8sEvent[])];
    return eventsFor(all, [...objects, { kind: 'Plan', metadata: plan.metadata }]);
  }, [watched.targetEvents?.data, watched.planEvents?.data, objects, plan.metadata]);
  const shown = (warningsOnly ? events.filter((e) => e.type === 'Warning') : events).slice(0, MAX_EVENTS);
  const loadError = KINDS.map((m) => watched[m.kind]?.loadError).find(Boolean);

  return (
    <>
      <Title headingLevel="h2">{t('Resources in {{namespace}}', { namespace: target })}</Title>
      {loadError ? <p>{errorMessage(loadError)}</p> : null}
      {objects.length === 0 ? (
        <p>{t('The plan has created nothing in the target namespace yet.')}</p>
      ) : (
        <Table aria-label={t('Created resources')} variant="compact">
          <Thead>
            <Tr>
              <Th>{t('Kind')}</Th>
              <Th>{t('Name')}</Th>
              <Th>{t('Status')}</Th>
              <Th>{t('VM ID')}</Th>
              <Th>{t('Created')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {objects.map((o) => {
              const model = KINDS.find((m) => m.kind === o.kind)!;
              return (
                <Tr key={`${o.kind}/${o.metadata?.name}`}>
                  <Td dataLabel={t('Kind')}>{o.kind}</Td>
                  <Td dataLabel={t('Name')}>
                    <ResourceLink groupVersionKind={gvkOf(model)} name={o.metadata?.name} namespace={o.metadata?.namespace} />
                  </Td>
                  <Td dataLabel={t('Status')}>{resourceStatus(o as never)}</Td>
                  <Td dataLabel={t('VM ID')}>{o.metadata?.labels?.vmID ?? '–'}</Td>
                  <Td dataLabel={t('Created')}>{o.metadata?.creationTimestamp ? <Timestamp timestamp={o.metadata.creationTimestamp} /> : '–'}</Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      )}
      <Title headingLevel="h2" className="pf-v6-u-mt-lg">
        {t('Events')}
      </Title>
      <Checkbox id="warnings-only" label={t('Warnings only')} isChecked={warningsOnly} onChange={(_e, v) => setWarningsOnly(v)} />
      {shown.length === 0 ? (
        <p>{t('No events.')}</p>
      ) : (
        <Table aria-label={t('Events')} variant="compact">
          <Thead>
            <Tr>
              <Th>{t('Type')}</Th>
              <Th>{t('Reason')}</Th>
              <Th>{t('Object')}</Th>
              <Th>{t('Message')}</Th>
              <Th>{t('Last seen')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {shown.map((e) => (
              <Tr key={`${e.metadata?.namespace}/${e.metadata?.name}`}>
                <Td dataLabel={t('Type')}>
                  <Label isCompact color={e.type === 'Warning' ? 'orange' : 'grey'}>
                    {e.type}
                  </Label>
                </Td>
                <Td dataLabel={t('Reason')}>{e.reason}</Td>
                <Td dataLabel={t('Object')}>{`${e.involvedObject?.kind}/${e.involvedObject?.name}`}</Td>
                <Td dataLabel={t('Message')}>{e.message}</Td>
                <Td dataLabel={t('Last seen')}>{eventTime(e) ? <Timestamp timestamp={eventTime(e)} /> : '–'}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      {events.length > shown.length && !warningsOnly ? <p>{t('Showing the newest {{count}} events.', { count: shown.length })}</p> : null}
    </>
  );
};
