/**
 * A NetworkMap's or StorageMap's details, watched: status and conditions,
 * providers, the pairs drawn the same way as in the editor (read-only), the
 * plans that use it, and its YAML (editable); Edit and Delete (naming those plans).
 */
import * as React from 'react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Breadcrumb,
  BreadcrumbItem,
  Bullseye,
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Flex,
  FlexItem,
  List,
  ListItem,
  PageSection,
  Spinner,
  Title,
} from '@patternfly/react-core';
import { Link, useNavigate, useParams } from 'react-router';
import { ConditionsTable } from '../../components/ConditionsTable';
import { ResourceYamlTab } from '../../components/yaml/ResourceYamlTab';
import { PlanModel, ProviderModel, gvkOf, listPath, referenceFor } from '../../k8s/models';
import type { V1beta1Map, V1beta1Plan, V1beta1Provider } from '../../k8s/types';
import { errorMessage } from '../../utils/errors';
import { useForkliftTranslation } from '../../utils/i18n';
import { withQueryClient } from '../../utils/queryClient';
import { useSourceResources } from '../data/useSourceResources';
import { useTargetResources } from '../data/useTargetResources';
import { MappingEditor, type MappingKind, type MappingSource } from '../editor';
import { pairsOfMap } from '../form/mapForm';
import { MapStatusLabel } from '../MapStatusLabel';
import { mapStatus } from '../mapStatus';
import { mapEditPath, mapModel } from '../paths';
import { DeleteMapModal } from './DeleteMapModal';
import { plansUsingMap } from './mapReferences';

const detailsOf = (model: typeof ProviderModel, ns: string | undefined, name: string | undefined) =>
  `/k8s/ns/${ns ?? ''}/${referenceFor(model)}/${name ?? ''}`;

const MapDetailsPage: React.FC<{ kind: MappingKind; name?: string; namespace?: string }> = ({ kind, ...props }) => {
  const { t } = useForkliftTranslation();
  const params = useParams();
  const navigate = useNavigate();
  const name = props.name ?? params.name ?? '';
  const namespace = props.namespace ?? params.ns ?? '';
  const model = mapModel(kind);
  const [map, loaded, loadError] = useK8sWatchResource<V1beta1Map>({ groupVersionKind: gvkOf(model), name, namespace });
  const [plans, plansLoaded] = useK8sWatchResource<V1beta1Plan[]>({ groupVersionKind: gvkOf(PlanModel), namespace, isList: true });
  const [providers] = useK8sWatchResource<V1beta1Provider[]>({ groupVersionKind: gvkOf(ProviderModel), namespace, isList: true });
  const [deleting, setDeleting] = React.useState(false);

  const sourceRef = map?.spec?.provider?.source;
  const targetRef = map?.spec?.provider?.destination;
  const find = (ref?: { name?: string; namespace?: string }) =>
    (providers ?? []).find((p) => p.metadata?.name === ref?.name && p.metadata?.namespace === (ref?.namespace ?? namespace));
  const source = useSourceResources(find(sourceRef), kind);
  const target = useTargetResources(find(targetRef), kind);
  const pairs = React.useMemo(() => (map?.metadata ? pairsOfMap(kind, map, source.sources) : []), [kind, map, source.sources]);
  // Sources the inventory does not list (yet) are shown by the name the map gives them.
  const sources: MappingSource[] = React.useMemo(() => {
    const known = new Set(source.sources.map((s) => s.id));
    const extra = (map?.spec?.map ?? [])
      .map((p, i) => ({ id: pairs[i]?.sourceId ?? '', name: p.source?.name ?? pairs[i]?.sourceId ?? '' }))
      .filter((s) => s.id && !known.has(s.id));
    return [...source.sources, ...extra];
  }, [source.sources, map, pairs]);
  const users = React.useMemo(() => (map?.metadata ? plansUsingMap(kind, map, plans ?? []) : []), [kind, map, plans]);
  const title = kind === 'network' ? t('Network map') : t('Storage map');

  if (loadError) {
    return (
      <PageSection>
        <Alert variant="danger" isInline title={t('{{kind}} {{name}} could not be loaded', { kind: title, name })}>
          {errorMessage(loadError)}
        </Alert>
      </PageSection>
    );
  }
  if (!loaded || !map?.metadata) {
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading')} />
      </Bullseye>
    );
  }

  return (
    <>
      <PageSection>
        <Breadcrumb>
          <BreadcrumbItem>
            <Link to={listPath(model, namespace)}>{kind === 'network' ? t('Network maps') : t('Storage maps')}</Link>
          </BreadcrumbItem>
          <BreadcrumbItem isActive>{name}</BreadcrumbItem>
        </Breadcrumb>
        <Flex justifyContent={{ default: 'justifyContentSpaceBetween' }}>
          <FlexItem>
            <Title headingLevel="h1">
              {title} {name} <MapStatusLabel status={mapStatus(map)} />
            </Title>
          </FlexItem>
          <FlexItem>
            <Button variant="secondary" onClick={() => navigate(mapEditPath(kind, namespace, name))}>
              {t('Edit mappings')}
            </Button>{' '}
            <Button variant="danger" onClick={() => setDeleting(true)}>
              {t('Delete')}
            </Button>
          </FlexItem>
        </Flex>
      </PageSection>
      <PageSection>
        <DescriptionList isHorizontal>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Namespace')}</DescriptionListTerm>
            <DescriptionListDescription>{namespace}</DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Source provider')}</DescriptionListTerm>
            <DescriptionListDescription>
              <Link to={detailsOf(ProviderModel, sourceRef?.namespace ?? namespace, sourceRef?.name)}>{sourceRef?.name}</Link>
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Target provider')}</DescriptionListTerm>
            <DescriptionListDescription>
              <Link to={detailsOf(ProviderModel, targetRef?.namespace ?? namespace, targetRef?.name)}>{targetRef?.name}</Link>
            </DescriptionListDescription>
          </DescriptionListGroup>
        </DescriptionList>
      </PageSection>
      <PageSection>
        <Title headingLevel="h2">{t('Mappings')}</Title>
        <MappingEditor
          kind={kind}
          sources={sources}
          targets={target.targets}
          pairs={pairs}
          onChange={() => undefined}
          readOnly
          targetsLoaded={target.loaded}
        />
      </PageSection>
      <PageSection>
        <Title headingLevel="h2">{t('Plans using this map')}</Title>
        {!plansLoaded ? (
          <Spinner size="md" aria-label={t('Loading plans')} />
        ) : users.length === 0 ? (
          <p>{t('No plan uses this map.')}</p>
        ) : (
          <List aria-label={t('Plans using this map')}>
            {users.map((p) => (
              <ListItem key={p.metadata?.uid ?? p.metadata?.name}>
                <Link to={detailsOf(PlanModel, p.metadata?.namespace, p.metadata?.name)}>{p.metadata?.name}</Link>
              </ListItem>
            ))}
          </List>
        )}
      </PageSection>
      <PageSection>
        <Title headingLevel="h2">{t('Conditions')}</Title>
        <ConditionsTable conditions={map.status?.conditions} />
      </PageSection>
      <PageSection>
        <Title headingLevel="h2">{t('YAML')}</Title>
        <ResourceYamlTab obj={map} model={model} height="60vh" />
      </PageSection>
      {deleting && (
        <DeleteMapModal
          kind={kind}
          map={map}
          plans={users}
          plansLoaded={plansLoaded}
          onClose={() => setDeleting(false)}
          onDeleted={() => navigate(listPath(model, namespace))}
        />
      )}
    </>
  );
};

const page = (kind: MappingKind) => {
  // The console also passes `kind` (the model reference) to details pages: only name and namespace are taken.
  const Page: React.FC<{ name?: string; namespace?: string }> = ({ name, namespace }) => <MapDetailsPage kind={kind} name={name} namespace={namespace} />;
  Page.displayName = `${kind}-map-details`;
  return withQueryClient(Page);
};

export const NetworkMapDetailsPage = page('network');
export const StorageMapDetailsPage = page('storage');
export default NetworkMapDetailsPage;
