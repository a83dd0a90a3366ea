/**
 * Copy the pairs in `kubectl mtv` syntax, or paste pairs in that syntax to
 * replace them. A paste with errors changes nothing and shows each error with
 * its column and the part of the text it concerns highlighted.
 */
import * as React from 'react';
import { Button, ClipboardCopy, FormGroup, FormHelperText, HelperText, HelperTextItem, TextInput } from '@patternfly/react-core';
import { useForkliftTranslation } from '../../utils/i18n';
import { syntaxErrorMessage } from './messages';
import { formatPairs, parsePairs, resolvePairs, type PairSyntaxError } from './pairSyntax';
import type { MappingKind, MappingPair, MappingSource } from './types';

interface Props {
  kind: MappingKind;
  sources: MappingSource[];
  pairs: MappingPair[];
  /** The map's namespace: a bare NAD name means a NAD there. */
  namespace: string;
  onApply: (pairs: MappingPair[]) => void;
}

const Marked: React.FC<{ text: string; error: PairSyntaxError }> = ({ text, error }) => (
  <code style={{ whiteSpace: 'pre-wrap' }}>
    {text.slice(0, error.offset)}
    <mark>{text.slice(error.offset, error.offset + error.length) || ' '}</mark>
    {text.slice(error.offset + error.length)}
  </code>
);

export const PairSyntaxField: React.FC<Props> = ({ kind, sources, pairs, namespace, onApply }) => {
  const { t } = useForkliftTranslation();
  const formatted = React.useMemo(() => formatPairs(kind, pairs, sources), [kind, pairs, sources]);
  const [draft, setDraft] = React.useState('');
  const [errors, setErrors] = React.useState<PairSyntaxError[]>([]);
  const [applied, setApplied] = React.useState<number | undefined>();
  const id = `${kind}-pairs-paste`;

  const apply = () => {
    const parsed = parsePairs(kind, draft, namespace);
    const resolved = resolvePairs(parsed.pairs, sources);
    const all = [...parsed.errors, ...resolved.errors].sort((a, b) => a.offset - b.offset);
    setErrors(all);
    if (all.length === 0) {
      onApply(resolved.pairs);
      setApplied(resolved.pairs.length);
    } else setApplied(undefined);
  };

  return (
    // Not a <form>: the field sits inside the page's form; Enter applies the paste instead of submitting it.
    <div>
      <FormGroup label={t('Pairs in kubectl mtv syntax')} fieldId={`${kind}-pairs-copy`}>
        <ClipboardCopy
          isReadOnly
          hoverTip={t('Copy')}
          clickTip={t('Copied')}
          textAriaLabel={t('Pairs in kubectl mtv syntax')}
          toggleAriaLabel={t('Show the whole text')}
        >
          {formatted.text}
        </ClipboardCopy>
        {formatted.skipped.length > 0 && (
          <FormHelperText>
            <HelperText>
              <HelperTextItem variant="warning">
                {t('Left out (the syntax cannot name them): {{names}}', { names: formatted.skipped.map((s) => sources.find((x) => x.id === s)?.name ?? s).join(', ') })}
              </HelperTextItem>
            </HelperText>
          </FormHelperText>
        )}
      </FormGroup>
      <FormGroup label={t('Paste pairs')} fieldId={id}>
        <div style={{ display: 'flex', gap: 8 }}>
          <TextInput
            id={id}
            value={draft}
            onChange={(_e, value) => {
              setDraft(value);
              setApplied(undefined);
            }}
            validated={errors.length ? 'error' : 'default'}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                if (draft.trim()) apply();
              }
            }}
            placeholder={kind === 'network' ? 'VM Network:default,Prod VLAN:prod/prod-net' : 'SSD:fast;volumeMode=Block;accessMode=ReadWriteOnce'}
          />
          <Button variant="secondary" onClick={apply} isDisabled={!draft.trim()}>
            {t('Apply pairs')}
          </Button>
        </div>
        <FormHelperText>
          <HelperText aria-live="polite">
            {errors.map((error, i) => (
              <HelperTextItem key={i} variant="error">
                {syntaxErrorMessage(t, error)} <Marked text={draft} error={error} />
              </HelperTextItem>
            ))}
            {applied !== undefined && <HelperTextItem variant="success">{t('Replaced the mappings with {{count}} pairs.', { count: applied })}</HelperTextItem>}
            {errors.length === 0 && applied === undefined && (
              <HelperTextItem>{t('Replaces all mappings. Nothing changes while the text has errors.')}</HelperTextItem>
            )}
          </HelperText>
        </FormHelperText>
      </FormGroup>
    </div>
  );
};
