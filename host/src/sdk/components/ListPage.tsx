import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Button, Content, Flex, FlexItem, PageSection, Title, type ButtonProps } from '@patternfly/react-core';
import type { AccessReviewResourceAttributes, K8sGroupVersionKind } from '@openshift-console/dynamic-plugin-sdk';
import { useAccessReview } from '../access-review';
import { useActiveNamespace } from '../namespace';
import { transformGroupVersionKindToReference } from '../refs';
import { resourceCreateURL } from '../resource-urls';

interface ListPageHeaderProps {
  title: string;
  badge?: ReactNode;
  children?: ReactNode;
  helpAlert?: ReactNode;
  helpText?: ReactNode;
  hideFavoriteButton?: boolean;
}

export const ListPageHeader = ({ title, badge, children, helpAlert, helpText }: ListPageHeaderProps) => (
  <PageSection hasBodyWrapper={false}>
    <Flex justifyContent={{ default: 'justifyContentSpaceBetween' }} alignItems={{ default: 'alignItemsCenter' }}>
      <FlexItem>
        {title && (
          <Title headingLevel="h1">
            {title} {badge}
          </Title>
        )}
        {helpText && <Content component="p">{helpText}</Content>}
      </FlexItem>
      {children && <FlexItem>{children}</FlexItem>}
    </Flex>
    {helpAlert}
  </PageSection>
);

export const ListPageBody = ({ children }: { children?: ReactNode }) => <PageSection hasBodyWrapper={false}>{children}</PageSection>;

interface CreateProps {
  createAccessReview?: { groupVersionKind: string | K8sGroupVersionKind; namespace?: string };
}

const useCreateAllowed = (createAccessReview: CreateProps['createAccessReview']): boolean => {
  const gvk = createAccessReview ? transformGroupVersionKindToReference(createAccessReview.groupVersionKind).split('~') : [];
  const attributes: AccessReviewResourceAttributes = createAccessReview
    ? { group: gvk[0] === 'core' ? '' : gvk[0], resource: `${gvk[2]?.toLowerCase()}s`, verb: 'create', namespace: createAccessReview.namespace }
    : {};
  const [allowed] = useAccessReview(attributes);
  return !createAccessReview || allowed;
};

export const ListPageCreateButton = ({ createAccessReview, ...buttonProps }: CreateProps & ButtonProps) => {
  const allowed = useCreateAllowed(createAccessReview);
  return <Button variant="primary" isDisabled={!allowed || buttonProps.isDisabled} {...buttonProps} />;
};

export const ListPageCreateLink = ({ to, createAccessReview, children }: CreateProps & { to: string; children?: ReactNode }) => {
  const allowed = useCreateAllowed(createAccessReview);
  if (!allowed) return <Button variant="primary" isDisabled>{children}</Button>;
  // Link styled as PatternFly's primary button (a Button `component` defined inline would remount every render).
  return (
    <Link to={to} className="pf-v6-c-button pf-m-primary">
      <span className="pf-v6-c-button__text">{children}</span>
    </Link>
  );
};

export const ListPageCreate = ({ groupVersionKind, children }: { groupVersionKind: string | K8sGroupVersionKind; children?: ReactNode }) => {
  const [ns] = useActiveNamespace();
  return <ListPageCreateLink to={resourceCreateURL(transformGroupVersionKindToReference(groupVersionKind), ns)}>{children}</ListPageCreateLink>;
};
