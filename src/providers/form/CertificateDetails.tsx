import * as React from 'react';
import { DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm } from '@patternfly/react-core';
import type { CertificateInfo } from '../../certificates/certificate';
import { useForkliftTranslation } from '../../utils/i18n';

/** Subject, issuer, validity and fingerprint of one certificate. */
export const CertificateDetails: React.FC<{ info: CertificateInfo; label: string }> = ({ info, label }) => {
  const { t } = useForkliftTranslation();
  const now = Date.now();
  const expired = info.notAfter.getTime() < now;
  const notYet = info.notBefore.getTime() > now;
  return (
    <DescriptionList isCompact isHorizontal aria-label={label}>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Subject')}</DescriptionListTerm>
        <DescriptionListDescription>{info.subject}</DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Issuer')}</DescriptionListTerm>
        <DescriptionListDescription>{info.selfSigned ? t('{{issuer}} (self-signed)', { issuer: info.issuer }) : info.issuer}</DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Valid from')}</DescriptionListTerm>
        <DescriptionListDescription>{info.notBefore.toISOString()}</DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Valid until')}</DescriptionListTerm>
        <DescriptionListDescription>
          {info.notAfter.toISOString()}
          {expired ? ` (${t('expired')})` : notYet ? ` (${t('not yet valid')})` : ''}
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('SHA-256 fingerprint')}</DescriptionListTerm>
        <DescriptionListDescription>
          <code>{info.sha256}</code>
        </DescriptionListDescription>
      </DescriptionListGroup>
    </DescriptionList>
  );
};
