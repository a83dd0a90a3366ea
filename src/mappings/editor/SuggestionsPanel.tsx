/** Suggested pairs for unmapped sources, applied only when the user accepts them. */
import * as React from 'react';
import { Button, ExpandableSection, List, ListItem } from '@patternfly/react-core';
import { useForkliftTranslation } from '../../utils/i18n';
import { suggestionReason } from './messages';
import { applySuggestions, suggestPairs } from './suggestions';
import type { MappingKind, MappingPair, MappingSource, MappingTarget } from './types';

interface Props {
  kind: MappingKind;
  sources: MappingSource[];
  targets: MappingTarget[];
  pairs: MappingPair[];
  onChange: (pairs: MappingPair[]) => void;
  nameOf: (id: string) => string;
}

export const SuggestionsPanel: React.FC<Props> = ({ kind, sources, targets, pairs, onChange, nameOf }) => {
  const { t } = useForkliftTranslation();
  const [expanded, setExpanded] = React.useState(true);
  const suggestions = React.useMemo(() => suggestPairs(kind, sources, targets, pairs), [kind, sources, targets, pairs]);
  if (suggestions.length === 0) return null;
  const targetName = (id: string) => targets.find((x) => x.id === id)?.name ?? id;
  return (
    <ExpandableSection
      toggleText={t('Suggestions ({{count}})', { count: suggestions.length })}
      isExpanded={expanded}
      onToggle={(_e, value) => setExpanded(value)}
    >
      <List isPlain aria-label={t('Suggestions')}>
        {suggestions.map((s) => (
          <ListItem key={s.pair.sourceId}>
            {nameOf(s.pair.sourceId)} → {targetName(s.pair.targetId)}{' '}
            <small>({suggestionReason(t, s.reason)})</small>{' '}
            <Button
              variant="link"
              isInline
              aria-label={t('Accept suggestion {{source}} to {{target}}', { source: nameOf(s.pair.sourceId), target: targetName(s.pair.targetId) })}
              onClick={() => onChange(applySuggestions(pairs, [s]))}
            >
              {t('Accept')}
            </Button>
          </ListItem>
        ))}
      </List>
      <Button variant="secondary" size="sm" onClick={() => onChange(applySuggestions(pairs, suggestions))}>
        {t('Accept all suggestions')}
      </Button>
    </ExpandableSection>
  );
};
