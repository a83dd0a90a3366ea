import { Link } from 'react-router';
import { EmptyState, EmptyStateBody, EmptyStateFooter, PageSection } from '@patternfly/react-core';

export const NotFound = () => (
  <PageSection>
    <EmptyState titleText="404: Page Not Found" headingLevel="h1">
      <EmptyStateBody>Nothing is served at this address. It may have moved, or the plugin that provides it is not enabled.</EmptyStateBody>
      <EmptyStateFooter>
        <Link to="/">Go to the start page</Link>
      </EmptyStateFooter>
    </EmptyState>
  </PageSection>
);
