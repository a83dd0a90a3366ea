/**
 * The Network maps and Storage maps lists: the shared watched list with the
 * map columns, a "Create ... map" button, names linking to details, and a row
 * menu with Edit and Delete (the delete confirmation names the plans using it).
 */
import * as React from 'react';
import { useActiveNamespace, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { Button } from '@patternfly/react-core';
import { EllipsisVIcon } from '@patternfly/react-icons';
import { ActionsColumn } from '@patternfly/react-table';
import { Link, useNavigate } from 'react-router';
import { ResourceListPage } from '../components/ResourceListPage';
import { ALL_NAMESPACES, PlanModel, gvkOf } from '../k8s/models';
import type { V1beta1Map, V1beta1Plan } from '../k8s/types';
import { useForkliftTranslation } from '../utils/i18n';
import { DeleteMapModal } from './details/DeleteMapModal';
import { plansUsingMap } from './details/mapReferences';
import type { MappingKind } from './editor/types';
import { mapCreatePath, mapDetailsPath, mapEditPath, mapModel } from './paths';
import { useMapColumns } from './useMapColumns';

export const MapsListPage: React.FC<{ kind: MappingKind; namespace?: string }> = ({ kind, namespace: namespaceProp }) => {
  const { t } = useForkliftTranslation();
  const navigate = useNavigate();
  const [active] = useActiveNamespace();
  const namespace = namespaceProp ?? active;
  const createNamespace = !namespace || namespace === ALL_NAMESPACES ? 'default' : namespace;
  const [deleting, setDeleting] = React.useState<V1beta1Map | undefined>();
  // Plans are watched only while a delete is being confirmed.
  const [plans, plansLoaded] = useK8sWatchResource<V1beta1Plan[]>(
    deleting ? { groupVersionKind: gvkOf(PlanModel), namespace: deleting.metadata?.namespace, isList: true } : null,
  );
  const columns = useMapColumns();
  const rowActions = React.useCallback(
    (m: V1beta1Map) => (
      <ActionsColumn
        popperProps={{ position: 'right' }}
        actionsToggle={({ onToggle, toggleRef, isOpen }) => (
          <Button
            ref={toggleRef}
            variant="plain"
            onClick={onToggle}
            aria-expanded={isOpen}
            aria-label={t('Actions for {{name}}', { name: m.metadata?.name })}
            icon={<EllipsisVIcon />}
          />
        )}
        items={[
          { title: t('Edit mappings'), onClick: () => navigate(mapEditPath(kind, m.metadata?.namespace ?? '', m.metadata?.name ?? '')) },
          { title: t('Delete'), onClick: () => setDeleting(m) },
        ]}
      />
    ),
    [kind, navigate, t],
  );
  const nameCell = React.useCallback(
    (m: V1beta1Map) => <Link to={mapDetailsPath(kind, m.metadata?.namespace ?? '', m.metadata?.name ?? '')}>{m.metadata?.name}</Link>,
    [kind],
  );
  return (
    <>
      <ResourceListPage<V1beta1Map>
        model={mapModel(kind)}
        title={kind === 'network' ? t('Network maps') : t('Storage maps')}
        emptyText={
          kind === 'network'
            ? t('A network map says which target network each source network goes to.')
            : t('A storage map says which storage class each source datastore or storage domain goes to.')
        }
        columns={columns}
        namespace={namespaceProp}
        nameCell={nameCell}
        rowActions={rowActions}
        actions={
          <Button variant="primary" onClick={() => navigate(mapCreatePath(kind, createNamespace))}>
            {kind === 'network' ? t('Create network map') : t('Create storage map')}
          </Button>
        }
      />
      {deleting && (
        <DeleteMapModal
          kind={kind}
          map={deleting}
          plans={plansUsingMap(kind, deleting, plans ?? [])}
          plansLoaded={plansLoaded}
          onClose={() => setDeleting(undefined)}
        />
      )}
    </>
  );
};
