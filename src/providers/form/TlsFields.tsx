/**
 * TLS for providers with a URL: verify (system CAs, or a CA certificate
 * pasted, uploaded or fetched from the endpoint and confirmed by the person)
 * or skip verification with a visible warning.
 */
import * as React from 'react';
import { useController, useWatch, type Control } from 'react-hook-form';
import { consoleFetch } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Button, Card, CardBody, CardTitle, Flex, FlexItem, FormGroup, Radio, Spinner } from '@patternfly/react-core';
import { describeCertificates, tlsCertificateUrl, type CertificateInfo } from '../../certificates/certificate';
import { errorMessage } from '../../utils/errors';
import { useForkliftTranslation } from '../../utils/i18n';
import { CertificateDetails } from './CertificateDetails';
import { FormField } from './fields';
import type { ProviderFormValues } from './values';

type Fetched = { state: 'idle' } | { state: 'loading' } | { state: 'error'; message: string } | { state: 'shown'; pem: string; infos: CertificateInfo[] };

/** Parsed details of the CA currently in the form (or why it does not parse). */
const useDescribed = (pem: string) => {
  const [result, setResult] = React.useState<{ infos?: CertificateInfo[]; error?: string }>({});
  React.useEffect(() => {
    let live = true;
    if (!pem.trim()) {
      setResult({});
      return;
    }
    describeCertificates(pem).then(
      (infos) => live && setResult({ infos }),
      (e) => live && setResult({ error: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
  }, [pem]);
  return result;
};

export const TlsFields: React.FC<{ control: Control<ProviderFormValues> }> = ({ control }) => {
  const { t } = useForkliftTranslation();
  const { field: mode } = useController({ control, name: 'tlsMode' });
  const { field: ca } = useController({ control, name: 'caCert' });
  const url = useWatch({ control, name: 'url' });
  const [fetched, setFetched] = React.useState<Fetched>({ state: 'idle' });
  const current = useDescribed(ca.value);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const fetchCertificate = async () => {
    setFetched({ state: 'loading' });
    try {
      const response = await consoleFetch(tlsCertificateUrl(url.trim()), { headers: { Accept: 'text/plain' } });
      const pem = await response.text();
      setFetched({ state: 'shown', pem, infos: await describeCertificates(pem) });
    } catch (e) {
      setFetched({ state: 'error', message: errorMessage(e) });
    }
  };

  const upload = (file: File | undefined) => {
    if (!file) return;
    void file.text().then((text) => ca.onChange(text));
  };

  return (
    <>
      <FormGroup role="radiogroup" isStack fieldId="provider-tls" label={t('Certificate verification')}>
        <Radio
          id="provider-tls-verify"
          name="provider-tls"
          label={t('Verify the endpoint certificate')}
          description={t('With the cluster’s trusted CAs, or with the CA certificate below.')}
          isChecked={mode.value === 'verify'}
          onChange={() => mode.onChange('verify')}
        />
        <Radio
          id="provider-tls-skip"
          name="provider-tls"
          label={t('Skip certificate verification')}
          isChecked={mode.value === 'skip'}
          onChange={() => mode.onChange('skip')}
        />
      </FormGroup>
      {mode.value === 'skip' ? (
        <Alert isInline variant="warning" title={t('Certificate verification is off')}>
          {t('The connection is encrypted but the endpoint is not authenticated: anyone between the cluster and the endpoint can read the credentials. Use this only for tests.')}
        </Alert>
      ) : (
        <>
          <FormField
            control={control}
            name="caCert"
            label={t('CA certificate')}
            multiline
            placeholder="-----BEGIN CERTIFICATE-----"
            help={t('PEM. Paste it, upload a file, or fetch the certificate the endpoint presents. Leave empty to use the cluster’s trusted CAs.')}
          />
          <Flex>
            <FlexItem>
              <Button variant="secondary" onClick={() => void fetchCertificate()} isDisabled={!url.trim() || fetched.state === 'loading'}>
                {t('Fetch certificate from the endpoint')}
              </Button>
            </FlexItem>
            <FlexItem>
              <Button variant="secondary" onClick={() => fileInput.current?.click()}>
                {t('Upload a PEM file')}
              </Button>
              <input
                ref={fileInput}
                type="file"
                accept=".pem,.crt,.cer,text/plain"
                aria-label={t('CA certificate file')}
                hidden
                onChange={(e) => upload(e.target.files?.[0])}
              />
            </FlexItem>
            {ca.value && (
              <FlexItem>
                <Button variant="link" onClick={() => ca.onChange('')}>
                  {t('Clear the CA certificate')}
                </Button>
              </FlexItem>
            )}
          </Flex>
          {fetched.state === 'loading' && <Spinner size="md" aria-label={t('Fetching the certificate')} />}
          {fetched.state === 'error' && (
            <Alert isInline variant="danger" title={t('The certificate could not be fetched')}>
              {fetched.message}
            </Alert>
          )}
          {fetched.state === 'shown' && (
            <Card isCompact aria-label={t('Fetched certificate')}>
              <CardTitle>{t('Certificate presented by {{url}}', { url })}</CardTitle>
              <CardBody>
                {fetched.infos.map((info, i) => (
                  <CertificateDetails key={i} info={info} label={t('Fetched certificate {{n}}', { n: i + 1 })} />
                ))}
                <p>{t('Compare the fingerprint with the one your administrator gives you before trusting it.')}</p>
                <Flex>
                  <Button
                    variant="primary"
                    onClick={() => {
                      ca.onChange(fetched.pem);
                      setFetched({ state: 'idle' });
                    }}
                  >
                    {t('Trust this certificate')}
                  </Button>
                  <Button variant="link" onClick={() => setFetched({ state: 'idle' })}>
                    {t('Do not trust')}
                  </Button>
                </Flex>
              </CardBody>
            </Card>
          )}
          {current.infos && (
            <Card isCompact isPlain aria-label={t('CA certificate in use')}>
              <CardTitle>{t('CA certificate in use')}</CardTitle>
              <CardBody>
                {current.infos.map((info, i) => (
                  <CertificateDetails key={i} info={info} label={t('CA certificate {{n}}', { n: i + 1 })} />
                ))}
              </CardBody>
            </Card>
          )}
          {current.error && ca.value.includes('BEGIN CERTIFICATE') && (
            <Alert isInline isPlain variant="danger" title={t('The CA certificate does not parse: {{reason}}', { reason: current.error })} />
          )}
        </>
      )}
    </>
  );
};
