import { Link, useParams } from 'react-router';
import { Alert, Breadcrumb, BreadcrumbItem, Bullseye, CodeBlock, CodeBlockCode, PageSection, Spinner, Title } from '@patternfly/react-core';
import { useK8sWatchResource } from '../sdk/k8s-hooks';
import { getGroupVersionKindForReference } from '../sdk/refs';
import { resourceYaml } from './resource-yaml';

/**
 * The console has a details page for every kind; the standalone host has
 * plugin pages only. For a resource no plugin page claims (e.g. a provider's
 * Secret, linked from the provider details), show its YAML read-only rather
 * than a 404.
 */
export const GenericResourceDetails = () => {
  const { ns, ref = '', name = '' } = useParams();
  const gvk = getGroupVersionKindForReference(ref);
  const [object, loaded, error] = useK8sWatchResource<Record<string, unknown> | undefined>({ groupVersionKind: gvk, name, namespace: ns });
  const listHref = ns ? `/k8s/ns/${ns}/${ref}` : `/k8s/cluster/${ref}`;
  return (
    <PageSection>
      <Breadcrumb>
        <BreadcrumbItem>
          <Link to={listHref}>{gvk.kind}</Link>
        </BreadcrumbItem>
        <BreadcrumbItem isActive>{name}</BreadcrumbItem>
      </Breadcrumb>
      <Title headingLevel="h1">
        {gvk.kind} {name}
      </Title>
      {error ? (
        <Alert isInline variant="danger" title={`${gvk.kind} ${name} could not be loaded`}>
          {(error as { message?: string }).message ?? String(error)}
        </Alert>
      ) : !loaded || !object ? (
        <Bullseye>
          <Spinner aria-label="Loading" />
        </Bullseye>
      ) : (
        <CodeBlock aria-label={`${gvk.kind} ${name} YAML`}>
          <CodeBlockCode>{resourceYaml(object)}</CodeBlockCode>
        </CodeBlock>
      )}
    </PageSection>
  );
};
