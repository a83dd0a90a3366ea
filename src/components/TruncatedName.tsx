import * as React from 'react';
import { Tooltip } from '@patternfly/react-core';

interface Props {
  /** The full name, shown on hover and focus when cut. */
  name: string | undefined;
  /** What to render (e.g. a link); defaults to the name itself. */
  children?: React.ReactNode;
  /** Widest the cell may grow before it cuts, in ch (a 253-character name must not stretch a table). */
  maxWidthCh?: number;
}

/**
 * A resource name in a table cell: cut with an ellipsis beyond a readable
 * width, the full name in a tooltip and the title. Every table uses it for
 * names, which may be 253 characters long.
 */
export const TruncatedName: React.FC<Props> = ({ name, children, maxWidthCh = 40 }) => {
  const content = (
    <span
      className="forklift-truncated-name"
      title={name}
      tabIndex={name && name.length > maxWidthCh ? 0 : undefined}
      style={{ display: 'inline-block', maxWidth: `${maxWidthCh}ch`, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', verticalAlign: 'bottom' }}
    >
      {children ?? name}
    </span>
  );
  return name && name.length > maxWidthCh ? <Tooltip content={<span style={{ wordBreak: 'break-all' }}>{name}</span>}>{content}</Tooltip> : content;
};
