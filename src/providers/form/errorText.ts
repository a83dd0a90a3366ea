import { useForkliftTranslation } from '../../utils/i18n';
import type { ProviderErrorCode } from './schema';

/** The sentence a person reads for each validation code. */
export const useProviderErrorText = (): ((code: string | undefined) => string | undefined) => {
  const { t } = useForkliftTranslation();
  const text: Record<ProviderErrorCode, string> = {
    required: t('This field is required.'),
    nameFormat: t('Use lowercase letters, digits, "-" and "."; start and end with a letter or digit.'),
    nameTooLong: t('The name can be at most 253 characters long.'),
    nameTaken: t('A provider with this name already exists in this project.'),
    urlFormat: t('Enter a full URL, for example https://vcenter.example.com/sdk.'),
    urlHttps: t('The URL must start with https://.'),
    nfsFormat: t('Enter an NFS share as host:/path, for example nfs.example.com:/exports/ova.'),
    positiveInteger: t('Enter a whole number greater than 0.'),
    caFormat: t('Paste a PEM certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----).'),
    caRequired: t('The oVirt engine needs its CA certificate, unless you skip certificate verification.'),
  };
  // Anything else is already a sentence (a server cause).
  return (code) => (code ? text[code as ProviderErrorCode] ?? code : undefined);
};
