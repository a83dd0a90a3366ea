/**
 * Recent and saved queries for the provider type: two selects that load a
 * query into the editor, and an inline form to save the current one.
 */
import * as React from 'react';
import { Button, FormSelect, FormSelectOption, TextInput, ToolbarGroup, ToolbarItem } from '@patternfly/react-core';
import { useForkliftTranslation } from '../utils/i18n';
import type { SavedQuery } from '../tsl-editor/queryStore';

interface Props {
  history: readonly string[];
  saved: readonly SavedQuery[];
  current: string;
  onPick: (query: string) => void;
  onSave: (name: string, query: string) => void;
  onRemove: (name: string) => void;
}

const shorten = (text: string, max = 70) => {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
};

export const QueryLibrary: React.FC<Props> = ({ history, saved, current, onPick, onSave, onRemove }) => {
  const { t } = useForkliftTranslation();
  const [naming, setNaming] = React.useState(false);
  const [name, setName] = React.useState('');
  const [pickedSaved, setPickedSaved] = React.useState('');

  const submit = () => {
    onSave(name, current);
    setPickedSaved(name.trim());
    setNaming(false);
    setName('');
  };

  return (
    <ToolbarGroup>
      <ToolbarItem>
        <FormSelect
          aria-label={t('Recent queries')}
          value=""
          onChange={(_event, value) => value !== '' && onPick(history[Number(value)])}
          isDisabled={history.length === 0}
          style={{ maxWidth: 260 }}
        >
          <FormSelectOption value="" label={t('Recent queries')} isPlaceholder />
          {history.map((q, i) => (
            <FormSelectOption key={`${i}-${q}`} value={String(i)} label={shorten(q)} />
          ))}
        </FormSelect>
      </ToolbarItem>
      <ToolbarItem>
        <FormSelect
          aria-label={t('Saved queries')}
          value={saved.some((s) => s.name === pickedSaved) ? pickedSaved : ''}
          onChange={(_event, value) => {
            setPickedSaved(value);
            const found = saved.find((s) => s.name === value);
            if (found) onPick(found.query);
          }}
          isDisabled={saved.length === 0}
          style={{ maxWidth: 220 }}
        >
          <FormSelectOption value="" label={t('Saved queries')} isPlaceholder />
          {saved.map((s) => (
            <FormSelectOption key={s.name} value={s.name} label={s.name} />
          ))}
        </FormSelect>
      </ToolbarItem>
      {pickedSaved && saved.some((s) => s.name === pickedSaved) && (
        <ToolbarItem>
          <Button variant="link" isInline onClick={() => { onRemove(pickedSaved); setPickedSaved(''); }}>
            {t('Delete saved query')}
          </Button>
        </ToolbarItem>
      )}
      <ToolbarItem>
        {naming ? (
          <form
            style={{ display: 'flex', gap: 8 }}
            onSubmit={(event) => {
              event.preventDefault();
              if (name.trim()) submit();
            }}
          >
            <TextInput aria-label={t('Name of the saved query')} placeholder={t('Query name')} value={name} onChange={(_event, v) => setName(v)} autoFocus />
            <Button type="submit" variant="secondary" isDisabled={!name.trim()}>
              {t('Save')}
            </Button>
            <Button variant="link" onClick={() => setNaming(false)}>
              {t('Cancel')}
            </Button>
          </form>
        ) : (
          <Button variant="secondary" onClick={() => setNaming(true)} isDisabled={!current.trim()}>
            {t('Save query')}
          </Button>
        )}
      </ToolbarItem>
    </ToolbarGroup>
  );
};
