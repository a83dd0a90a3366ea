/**
 * The step schemas' messages in the user's language. Schemas speak English
 * keys (they are pure and have no `t`); each key is listed here literally so
 * the i18n check sees it. `Key|detail` messages carry a parser's own detail.
 */
import type { TFunction } from 'i18next';
import { affinityErrorOf, affinityErrorText } from '../placement/affinityErrorText';

export const errorText = (t: TFunction, message: string | undefined): string | undefined => {
  if (!message) return undefined;
  const bar = message.indexOf('|');
  const key = bar >= 0 ? message.slice(0, bar) : message;
  const detail = bar >= 0 ? message.slice(bar + 1) : '';
  switch (key) {
    case 'Required':
      return t('Required');
    case 'At most 63 characters':
      return t('At most 63 characters');
    case 'Lowercase letters, digits and "-"; starts and ends with a letter or digit':
      return t('Lowercase letters, digits and "-"; starts and ends with a letter or digit');
    case 'A plan with this name already exists in the namespace':
      return t('A plan with this name already exists in the namespace');
    case 'Pick the source provider':
      return t('Pick the source provider');
    case 'Pick the target provider':
      return t('Pick the target provider');
    case 'Source and target must be different providers':
      return t('Source and target must be different providers');
    case 'Select at least one VM':
      return t('Select at least one VM');
    case 'Pick a network map':
      return t('Pick a network map');
    case 'Pick a storage map':
      return t('Pick a storage map');
    case 'Every network the VMs use needs a target':
      return t('Every network the VMs use needs a target');
    case 'Every storage the VMs use needs a target':
      return t('Every storage the VMs use needs a target');
    case 'Only one source network can map to the pod network':
      return t('Only one source network can map to the pod network');
    case 'Add at least one pair':
      return t('Add at least one pair');
    case 'This migration type is not available for these providers':
      return t('This migration type is not available for these providers');
    case 'Pick a network attachment definition':
      return t('Pick a network attachment definition');
    case 'A whole number of seconds':
      return t('A whole number of seconds');
    case 'An Ansible playbook is a YAML list of plays':
      return t('An Ansible playbook is a YAML list of plays');
    case 'Not a valid service account name':
      return t('Not a valid service account name');
    case 'MapExists':
      return t('A map named {{name}} already exists: use it, or pick another plan name', { name: detail });
    case 'Labels':
      return t('Not valid labels: {{detail}}', { detail });
    case 'Affinity':
      return affinityErrorText(t, affinityErrorOf(detail));
    case 'Template':
      return t('Not a valid template: {{detail}}', { detail });
    case 'NotAPlay': {
      const [play, line] = detail.split(':');
      return t('Play {{play}} (line {{line}}) is not a mapping with hosts', { play, line });
    }
    case 'Yaml':
      return t('Not valid YAML: {{detail}}', { detail });
    default:
      return message;
  }
};
