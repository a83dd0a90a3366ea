import type { CSSProperties, ReactNode } from 'react';
import { Link } from 'react-router';
import type { K8sGroupVersionKind } from '@openshift-console/dynamic-plugin-sdk';
import { useK8sModel } from '../k8s-hooks';
import { resourceDetailsURL } from '../resource-urls';
import { transformGroupVersionKindToReference } from '../refs';
import { kindToAbbr } from '../discovery';

interface ResourceIconProps {
  kind?: string;
  groupVersionKind?: K8sGroupVersionKind;
  className?: string;
}

/** The coloured kind badge ("PL") the console shows before resource names. */
export const ResourceIcon = ({ kind, groupVersionKind, className }: ResourceIconProps) => {
  const ref = groupVersionKind ?? kind;
  const [model] = useK8sModel(ref);
  const kindName = model?.kind ?? groupVersionKind?.kind ?? kind?.split('~').pop() ?? '';
  return (
    <span
      className={`pf-v6-c-label pf-m-compact ${className ?? ''}`}
      style={
        {
          marginRight: 'var(--pf-t--global--spacer--xs)',
          ...(model?.color ? { '--pf-v6-c-label--BackgroundColor': model.color, '--pf-v6-c-label--Color': '#fff' } : {}),
        } as CSSProperties
      }
      title={kindName}
    >
      <span className="pf-v6-c-label__content">{model?.abbr ?? kindToAbbr(kindName)}</span>
    </span>
  );
};

interface ResourceLinkProps extends ResourceIconProps {
  name?: string;
  namespace?: string;
  displayName?: string;
  linkTo?: boolean;
  hideIcon?: boolean;
  inline?: boolean;
  title?: string;
  dataTest?: string;
  onClick?: () => void;
  truncate?: boolean;
  children?: ReactNode;
}

export const ResourceLink = ({
  kind,
  groupVersionKind,
  name,
  namespace,
  displayName,
  linkTo = true,
  hideIcon,
  inline,
  title,
  dataTest,
  onClick,
  className,
  truncate,
  children,
}: ResourceLinkProps) => {
  const ref = groupVersionKind ? transformGroupVersionKindToReference(groupVersionKind) : kind;
  const [model] = useK8sModel(ref);
  const label = displayName ?? name;
  const ns = model && !model.namespaced ? undefined : namespace;
  const refForURL = model ? transformGroupVersionKindToReference({ group: model.apiGroup, version: model.apiVersion, kind: model.kind }) : ref;
  const Wrapper = inline ? 'span' : 'span';
  // As in the console, `truncate` cuts a long name with an ellipsis (the full name in the title).
  const cut = truncate ? ({ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 } as const) : undefined;
  const labelTitle = title ?? (truncate ? label : undefined);
  return (
    <Wrapper
      className={className}
      data-test-id={dataTest}
      style={{ display: inline ? 'inline' : 'inline-flex', alignItems: 'center', ...(truncate ? { maxWidth: '100%' } : {}) }}
    >
      {!hideIcon && <ResourceIcon kind={kind} groupVersionKind={groupVersionKind} />}
      {linkTo && name && refForURL ? (
        <Link to={resourceDetailsURL(refForURL, name, ns)} title={labelTitle} onClick={onClick} data-test={dataTest} style={cut}>
          {label}
        </Link>
      ) : (
        <span title={labelTitle} style={cut}>
          {label}
        </span>
      )}
      {children}
    </Wrapper>
  );
};
