import * as React from 'react';
import { ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { EmptyState, EmptyStateBody, PageSection } from '@patternfly/react-core';
import { useForkliftTranslation } from '../utils/i18n';

/**
 * An honest placeholder for a page that a later piece of work fills: it says
 * so, rather than pretending with fake content.
 */
export const NotBuiltYetPage: React.FC<{ title: string; description: string }> = ({ title, description }) => {
  const { t } = useForkliftTranslation();
  return (
    <>
      <ListPageHeader title={title} />
      <PageSection>
        <EmptyState titleText={t('This page is not built yet')} headingLevel="h2">
          <EmptyStateBody>{description}</EmptyStateBody>
        </EmptyState>
      </PageSection>
    </>
  );
};
