/**
 * The fields of each provider type. Everything lives in one react-hook-form
 * state (values.ts), so switching the type or the auth method hides fields
 * without forgetting them.
 */
import * as React from 'react';
import { Controller, useController, useWatch, type Control } from 'react-hook-form';
import { Alert, Button, Checkbox, FormGroup, FormSection, Radio } from '@patternfly/react-core';
import { useForkliftTranslation } from '../../utils/i18n';
import { FormField } from './fields';
import { sdkUrlSuggestion } from './schema';
import { TlsFields } from './TlsFields';
import { isHostProvider, usesTls, VDDK_DEFAULT_BUF_COUNT, VDDK_DEFAULT_BUF_SIZE_IN_64K, type ProviderFormValues } from './values';

interface Props {
  control: Control<ProviderFormValues>;
  /** Editing: credentials may stay empty (kept as stored). */
  editing?: boolean;
}

function RadioChoice<K extends 'sdkEndpoint' | 'openstackAuthType' | 'tokenUserBy' | 'appCredentialBy'>({
  control,
  name,
  label,
  options,
}: {
  control: Control<ProviderFormValues>;
  name: K;
  label: string;
  options: { value: ProviderFormValues[K]; label: string; description?: string }[];
}) {
  const { field } = useController({ control, name });
  return (
    <FormGroup role="radiogroup" isInline fieldId={`provider-${name}`} label={label}>
      {options.map((o) => (
        <Radio
          key={String(o.value)}
          id={`provider-${name}-${String(o.value)}`}
          name={`provider-${name}`}
          label={o.label}
          description={o.description}
          isChecked={field.value === o.value}
          onChange={() => field.onChange(o.value)}
        />
      ))}
    </FormGroup>
  );
}

const UrlField: React.FC<Props> = ({ control }) => {
  const { t } = useForkliftTranslation();
  const type = useWatch({ control, name: 'type' });
  const { field } = useController({ control, name: 'url' });
  const suggestion = sdkUrlSuggestion(type, field.value);
  const help: Record<ProviderFormValues['type'], string> = {
    vsphere: t('The vCenter or ESXi SDK endpoint, for example https://vcenter.example.com/sdk.'),
    ovirt: t('The engine API, for example https://rhv-manager.example.com/ovirt-engine/api.'),
    openstack: t('The Keystone identity endpoint, for example https://keystone.example.com:5000/v3.'),
    openshift: t('The API server of the remote cluster, for example https://api.cluster.example.com:6443. Leave empty for the cluster this console runs on.'),
    ova: t('The NFS share holding the OVA files, as host:/path.'),
  };
  return (
    <FormField control={control} name="url" label={type === 'ova' ? t('NFS share') : t('URL')} isRequired={type !== 'openshift'} help={help[type]} type={type === 'ova' ? 'text' : 'url'}>
      {suggestion && (
        <Button variant="link" isInline onClick={() => field.onChange(suggestion)}>
          {t('Use {{url}}', { url: suggestion })}
        </Button>
      )}
    </FormField>
  );
};

const VsphereFields: React.FC<Props> = ({ control, editing }) => {
  const { t } = useForkliftTranslation();
  const image = useWatch({ control, name: 'vddkInitImage' });
  const aio = useWatch({ control, name: 'useVddkAio' });
  return (
    <>
      <FormField control={control} name="username" label={t('Username')} isRequired help={t('A vSphere user, for example administrator@vsphere.local.')} autoComplete="off" />
      <FormField control={control} name="password" label={t('Password')} type="password" isRequired={!editing} help={editing ? t('Leave empty to keep the current password.') : undefined} />
      <FormSection title={t('VDDK')} titleElement="h3">
        <FormField
          control={control}
          name="vddkInitImage"
          label={t('VDDK init image')}
          help={t('The image with the VMware Virtual Disk Development Kit, for example quay.io/example/vddk:8.0.3.')}
        />
        {!image?.trim() && (
          <Alert isInline variant="warning" title={t('No VDDK init image')}>
            {t('Without VDDK, disks are copied much more slowly and warm migration is not possible. Build a VDDK image and enter it here.')}
          </Alert>
        )}
        <Controller
          control={control}
          name="useVddkAio"
          render={({ field }) => (
            <Checkbox
              id="provider-useVddkAio"
              label={t('Use VDDK AIO optimization')}
              description={t('Asynchronous I/O buffers for faster disk transfers (VDDK 8 and later).')}
              isChecked={!!field.value}
              onChange={(_e, checked) => field.onChange(checked)}
            />
          )}
        />
        {aio && (
          <>
            <FormField
              control={control}
              name="vddkBufSizeIn64K"
              label={t('Buffer size (in 64 KiB units)')}
              help={t('Empty means Forklift’s default, {{n}}.', { n: VDDK_DEFAULT_BUF_SIZE_IN_64K })}
            />
            <FormField control={control} name="vddkBufCount" label={t('Buffer count')} help={t('Empty means Forklift’s default, {{n}}.', { n: VDDK_DEFAULT_BUF_COUNT })} />
          </>
        )}
      </FormSection>
    </>
  );
};

const OpenstackFields: React.FC<Props> = ({ control, editing }) => {
  const { t } = useForkliftTranslation();
  const auth = useWatch({ control, name: 'openstackAuthType' });
  const userBy = useWatch({ control, name: 'tokenUserBy' });
  const credBy = useWatch({ control, name: 'appCredentialBy' });
  const keep = editing ? t('Leave empty to keep the current value.') : undefined;
  return (
    <>
      <RadioChoice
        control={control}
        name="openstackAuthType"
        label={t('Authentication')}
        options={[
          { value: 'password', label: t('Password') },
          { value: 'token', label: t('Token') },
          { value: 'applicationcredential', label: t('Application credential') },
        ]}
      />
      {auth === 'password' && (
        <>
          <FormField control={control} name="username" label={t('Username')} isRequired />
          <FormField control={control} name="password" label={t('Password')} type="password" isRequired={!editing} help={keep} />
        </>
      )}
      {auth === 'token' && (
        <>
          <FormField control={control} name="token" label={t('Token')} type="password" isRequired={!editing} help={keep} />
          <RadioChoice
            control={control}
            name="tokenUserBy"
            label={t('Token user')}
            options={[
              { value: 'id', label: t('User ID') },
              { value: 'name', label: t('User name and domain') },
            ]}
          />
          {userBy === 'id' ? <FormField control={control} name="userID" label={t('User ID')} isRequired /> : <FormField control={control} name="username" label={t('Username')} isRequired />}
        </>
      )}
      {auth === 'applicationcredential' && (
        <>
          <RadioChoice
            control={control}
            name="appCredentialBy"
            label={t('Application credential by')}
            options={[
              { value: 'id', label: t('ID') },
              { value: 'name', label: t('Name') },
            ]}
          />
          {credBy === 'id' ? (
            <FormField control={control} name="applicationCredentialID" label={t('Application credential ID')} isRequired />
          ) : (
            <>
              <FormField control={control} name="applicationCredentialName" label={t('Application credential name')} isRequired />
              <FormField control={control} name="username" label={t('Username')} isRequired />
            </>
          )}
          <FormField control={control} name="applicationCredentialSecret" label={t('Application credential secret')} type="password" isRequired={!editing} help={keep} />
        </>
      )}
      <FormField
        control={control}
        name="domainName"
        label={t('Domain')}
        isRequired={auth === 'password' || (auth === 'token' && userBy === 'name') || (auth === 'applicationcredential' && credBy === 'name')}
        help={t('The Keystone domain, for example Default.')}
      />
      <FormField control={control} name="projectName" label={t('Project')} isRequired={auth !== 'applicationcredential'} />
      <FormField control={control} name="regionName" label={t('Region')} help={t('For example RegionOne.')} />
    </>
  );
};

export const ProviderFields: React.FC<Props> = ({ control, editing }) => {
  const { t } = useForkliftTranslation();
  const type = useWatch({ control, name: 'type' });
  const url = useWatch({ control, name: 'url' });
  const values = { type, url: url ?? '' };
  return (
    <>
      {type === 'vsphere' && (
        <RadioChoice
          control={control}
          name="sdkEndpoint"
          label={t('Endpoint type')}
          options={[
            { value: 'vcenter', label: t('vCenter') },
            { value: 'esxi', label: t('ESXi') },
          ]}
        />
      )}
      <UrlField control={control} />
      {type === 'vsphere' && <VsphereFields control={control} editing={editing} />}
      {type === 'ovirt' && (
        <>
          <FormField control={control} name="username" label={t('Username')} isRequired help={t('For example admin@internal.')} />
          <FormField control={control} name="password" label={t('Password')} type="password" isRequired={!editing} help={editing ? t('Leave empty to keep the current password.') : undefined} />
        </>
      )}
      {type === 'openstack' && <OpenstackFields control={control} editing={editing} />}
      {type === 'openshift' && !isHostProvider(values) && (
        <FormField
          control={control}
          name="token"
          label={t('Service account token')}
          type="password"
          isRequired={!editing}
          help={editing ? t('Leave empty to keep the current token.') : t('A token of a service account with cluster-admin rights on the remote cluster.')}
        />
      )}
      {type === 'openshift' && isHostProvider(values) && (
        <Alert isInline isPlain variant="info" title={t('This provider is the cluster this console runs on: no credentials are needed.')} />
      )}
      {usesTls(values) && (
        <FormSection title={t('TLS')} titleElement="h3">
          <TlsFields control={control} />
        </FormSection>
      )}
    </>
  );
};
