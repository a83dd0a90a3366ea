import { useEffect, type ReactElement, type ReactNode } from 'react';
import { Tooltip } from '@patternfly/react-core';
import CheckCircleIcon from '@patternfly/react-icons/dist/esm/icons/check-circle-icon';
import ExclamationCircleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import ExclamationTriangleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-triangle-icon';
import InfoCircleIcon from '@patternfly/react-icons/dist/esm/icons/info-circle-icon';
import InProgressIcon from '@patternfly/react-icons/dist/esm/icons/in-progress-icon';
import HourglassHalfIcon from '@patternfly/react-icons/dist/esm/icons/hourglass-half-icon';
import { absoluteTime, relativeTime } from '../time';

interface StatusIconAndTextProps {
  title?: string;
  icon?: ReactElement;
  spin?: boolean;
  iconOnly?: boolean;
  noTooltip?: boolean;
  className?: string;
}

export const StatusIconAndText = ({ title, icon, spin, iconOnly, className }: StatusIconAndTextProps) => (
  <span className={className} style={{ display: 'inline-flex', alignItems: 'center', gap: 'var(--pf-t--global--spacer--xs)' }} title={iconOnly ? title : undefined}>
    {icon && <span className={spin ? 'fa-spin' : undefined}>{icon}</span>}
    {!iconOnly && title}
  </span>
);

const colored = (Icon: typeof CheckCircleIcon, color: string) => (props: { title?: string; iconOnly?: boolean; className?: string }) => (
  <StatusIconAndText {...props} icon={<Icon color={color} />} />
);

export const SuccessStatus = colored(CheckCircleIcon, 'var(--pf-t--global--icon--color--status--success--default)');
export const ErrorStatus = colored(ExclamationCircleIcon, 'var(--pf-t--global--icon--color--status--danger--default)');
export const WarningStatus = colored(ExclamationTriangleIcon, 'var(--pf-t--global--icon--color--status--warning--default)');
export const InfoStatus = colored(InfoCircleIcon, 'var(--pf-t--global--icon--color--status--info--default)');
export const ProgressStatus = colored(InProgressIcon, 'var(--pf-t--global--icon--color--regular)');
export const PendingStatus = colored(HourglassHalfIcon, 'var(--pf-t--global--icon--color--regular)');

export const GenericStatus = ({ title, Icon, className }: { title?: string; Icon: typeof CheckCircleIcon; className?: string }) => (
  <StatusIconAndText title={title} icon={<Icon />} className={className} />
);

export const ResourceStatus = ({ additionalClassNames, children }: { additionalClassNames?: string; children?: ReactNode }) => (
  <span className={additionalClassNames} style={{ marginLeft: 'var(--pf-t--global--spacer--sm)' }}>
    {children}
  </span>
);

export const Timestamp = ({ timestamp, simple, omitSuffix, className }: { timestamp?: string; simple?: boolean; omitSuffix?: boolean; className?: string }) => {
  if (!timestamp) return <span className={className}>-</span>;
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return <span className={className}>-</span>;
  const absolute = absoluteTime(date);
  if (simple) return <span className={className}>{absolute}</span>;
  const rel = relativeTime(date, new Date());
  const text = omitSuffix ? rel.replace(/ ago$/, '') : rel;
  return (
    <Tooltip content={absolute}>
      <time className={className} dateTime={timestamp}>
        {text}
      </time>
    </Tooltip>
  );
};

export const DocumentTitle = ({ children }: { children: string }) => {
  useEffect(() => {
    document.title = `${children} · Forklift Console`;
  }, [children]);
  return null;
};
