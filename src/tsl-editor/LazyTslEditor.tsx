/**
 * The TSL editor behind React.lazy: Monaco is downloaded only when an editor
 * is on screen. Until then a plain text area with the same accessible name
 * keeps the query editable (and shows it) instead of an empty box.
 */
import * as React from 'react';
import { TextArea } from '@patternfly/react-core';
import { useForkliftTranslation } from '../utils/i18n';
import type { TslEditorProps } from './TslEditor';

const TslEditor = React.lazy(() => import(/* webpackChunkName: "tsl-editor" */ './TslEditor'));

const Fallback: React.FC<TslEditorProps> = ({ value, onChange, ariaLabel, height = 96 }) => {
  const { t } = useForkliftTranslation();
  return (
    <TextArea
      aria-label={ariaLabel ?? t('TSL query')}
      aria-busy
      value={value}
      onChange={(_event, text) => onChange(text)}
      style={{ height, fontFamily: 'var(--pf-t--global--font--family--mono, monospace)' }}
      data-testid="tsl-editor-loading"
    />
  );
};

export const LazyTslEditor: React.FC<TslEditorProps> = (props) => (
  <React.Suspense fallback={<Fallback {...props} />}>
    <TslEditor {...props} />
  </React.Suspense>
);
