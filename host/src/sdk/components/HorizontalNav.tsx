import type { ComponentType } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageSection, Tab, Tabs, TabTitleText } from '@patternfly/react-core';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

interface NavPage {
  href: string;
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  component: ComponentType<any>;
}

/**
 * Tabs under a details page. The host mounts details pages at `.../:name/*`, so
 * the rest of the path (`useParams()['*']`) picks the tab; '' is the first one.
 */
export const HorizontalNav = ({ pages, resource, customData }: { pages: NavPage[]; resource?: K8sResourceCommon; customData?: unknown }) => {
  const rest = useParams()['*'] ?? '';
  const navigate = useNavigate();
  const active = pages.find((p) => p.href && (rest === p.href || rest.startsWith(`${p.href}/`))) ?? pages.find((p) => !p.href) ?? pages[0];
  const base = rest ? `../${'../'.repeat(rest.split('/').length - 1)}` : './';
  if (!active) return null;
  const Component = active.component;
  return (
    <>
      <Tabs
        activeKey={active.href}
        onSelect={(_e, key) => navigate(`${base}${String(key)}`, { relative: 'path' })}
        aria-label="Resource tabs"
      >
        {pages.map((p) => (
          <Tab key={p.href} eventKey={p.href} title={<TabTitleText>{p.name}</TabTitleText>} />
        ))}
      </Tabs>
      <PageSection hasBodyWrapper={false}>
        <Component obj={resource} customData={customData} />
      </PageSection>
    </>
  );
};
