/** Words for the map form's schema codes (mapForm.ts). */
import type { TFunction } from 'i18next';
import type { MapFormErrorCode } from './mapForm';

export function formErrorMessage(t: TFunction, code: string | undefined): string | undefined {
  switch (code as MapFormErrorCode | undefined) {
    case undefined:
      return undefined;
    case 'nameRequired':
      return t('A name is required.');
    case 'nameTooLong':
      return t('The name can be at most 253 characters.');
    case 'nameInvalid':
      return t('Use lowercase letters, digits, "-" and "."; start and end with a letter or digit.');
    case 'sourceProviderRequired':
      return t('Pick the source provider.');
    case 'targetProviderRequired':
      return t('Pick the target provider.');
    case 'pairsRequired':
      return t('Add at least one mapping.');
    case 'sourceRequired':
      return t('Pick a source.');
    case 'targetRequired':
      return t('Pick a target for every mapping.');
    default:
      return code;
  }
}
