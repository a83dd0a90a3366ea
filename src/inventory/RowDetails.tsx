/**
 * The drawer panel for one result row: its scalar fields, its concerns with
 * their categories, and the whole object as JSON and YAML.
 */
import * as React from 'react';
import {
  CodeBlock,
  CodeBlockCode,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  DrawerActions,
  DrawerCloseButton,
  DrawerHead,
  DrawerPanelBody,
  DrawerPanelContent,
  Label,
  List,
  ListItem,
  Spinner,
  Tab,
  Tabs,
  TabTitleText,
  Title,
} from '@patternfly/react-core';
import { stringify } from 'yaml';
import { useForkliftTranslation } from '../utils/i18n';
import { formatCell, type Concern } from './columns';

const CATEGORY_COLOR: Record<string, 'red' | 'orange' | 'blue' | 'grey'> = { Critical: 'red', Error: 'red', Warning: 'orange', Information: 'blue' };

interface Props {
  /** The whole source object, or the result row as an object for grouped results; undefined while loading. */
  object: unknown;
  title: string;
  onClose: () => void;
}

export const RowDetails: React.FC<Props> = ({ object, title, onClose }) => {
  const { t } = useForkliftTranslation();
  const [tab, setTab] = React.useState<string | number>('details');
  const record = object && typeof object === 'object' && !Array.isArray(object) ? (object as Record<string, unknown>) : {};
  const scalars = Object.entries(record).filter(([, v]) => v === null || typeof v !== 'object');
  const concerns = Array.isArray(record.concerns) ? (record.concerns as Concern[]) : [];
  const json = React.useMemo(() => (object === undefined ? '' : JSON.stringify(object, null, 2)), [object]);
  const yaml = React.useMemo(() => (object === undefined || tab !== 'yaml' ? '' : stringify(object)), [object, tab]);

  return (
    <DrawerPanelContent widths={{ default: 'width_50' }} isResizable minSize="320px" data-testid="inventory-row-details">
      <DrawerHead>
        <Title headingLevel="h2" size="lg">
          {title}
        </Title>
        <DrawerActions>
          <DrawerCloseButton onClick={onClose} aria-label={t('Close details')} />
        </DrawerActions>
      </DrawerHead>
      <DrawerPanelBody>
        {object === undefined ? (
          <Spinner size="lg" aria-label={t('Loading details')} />
        ) : (
          <Tabs activeKey={tab} onSelect={(_event, key) => setTab(key)} aria-label={t('Row details')} mountOnEnter>
            <Tab eventKey="details" title={<TabTitleText>{t('Details')}</TabTitleText>}>
              {concerns.length > 0 && (
                <>
                  <Title headingLevel="h3" size="md" style={{ marginTop: 16 }}>
                    {t('Concerns')}
                  </Title>
                  <List isPlain data-testid="inventory-row-concerns">
                    {concerns.map((c, i) => (
                      <ListItem key={`${c.id ?? c.label}-${i}`}>
                        <Label isCompact color={CATEGORY_COLOR[c.category ?? ''] ?? 'grey'}>
                          {c.category ?? t('Unknown')}
                        </Label>{' '}
                        <strong>{c.label ?? c.id}</strong>
                        {c.assessment ? ` — ${c.assessment}` : ''}
                      </ListItem>
                    ))}
                  </List>
                </>
              )}
              <DescriptionList isCompact isHorizontal style={{ marginTop: 16 }}>
                {scalars.map(([key, value]) => (
                  <DescriptionListGroup key={key}>
                    <DescriptionListTerm>{key}</DescriptionListTerm>
                    <DescriptionListDescription>{formatCell(value) || '—'}</DescriptionListDescription>
                  </DescriptionListGroup>
                ))}
              </DescriptionList>
            </Tab>
            <Tab eventKey="json" title={<TabTitleText>{t('JSON')}</TabTitleText>}>
              <CodeBlock>
                <CodeBlockCode data-testid="inventory-row-json">{json}</CodeBlockCode>
              </CodeBlock>
            </Tab>
            <Tab eventKey="yaml" title={<TabTitleText>{t('YAML')}</TabTitleText>}>
              <CodeBlock>
                <CodeBlockCode data-testid="inventory-row-yaml">{yaml}</CodeBlockCode>
              </CodeBlock>
            </Tab>
          </Tabs>
        )}
      </DrawerPanelBody>
    </DrawerPanelContent>
  );
};
