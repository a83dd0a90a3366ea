/**
 * Where a server's refusal belongs in the provider form: a 422 cause or an
 * AlreadyExists goes to the field it concerns, anything else on top.
 */
import type { CreatePlanFailure } from '../../k8s/write/createPlan';
import type { ApiFailure } from '../../k8s/write/apiFailure';
import type { ProviderFormValues } from './values';

const SECRET_KEY_FIELDS: Record<string, keyof ProviderFormValues> = {
  user: 'username',
  username: 'username',
  password: 'password',
  token: 'token',
  url: 'url',
  'ca.crt': 'caCert',
  cacert: 'caCert',
  domainName: 'domainName',
  projectName: 'projectName',
  regionName: 'regionName',
  userID: 'userID',
  applicationCredentialID: 'applicationCredentialID',
  applicationCredentialName: 'applicationCredentialName',
  applicationCredentialSecret: 'applicationCredentialSecret',
};

const PROVIDER_FIELDS: Record<string, keyof ProviderFormValues> = {
  'metadata.name': 'name',
  'spec.url': 'url',
  'spec.settings.vddkInitImage': 'vddkInitImage',
  'spec.settings.vddkConfig': 'vddkBufCount',
  'spec.settings.sdkEndpoint': 'sdkEndpoint',
};

/** The form field a cause's field path names, for an object of this kind. */
export const fieldForCause = (kind: string, path: string | undefined): keyof ProviderFormValues | undefined => {
  if (!path) return undefined;
  if (kind === 'Secret') {
    const m = /^(?:data|stringData)\.(?:\[?'?)?([^'\]]+)/.exec(path);
    return m ? SECRET_KEY_FIELDS[m[1]] : undefined;
  }
  return PROVIDER_FIELDS[path];
};

export interface PlacedErrors {
  fields: Partial<Record<keyof ProviderFormValues, string>>;
  /** Shown on top of the form when no field fits. */
  top?: ApiFailure;
}

export const placeServerErrors = (detail: Pick<CreatePlanFailure, 'step' | 'failure'>, nameTaken: string): PlacedErrors => {
  const { step, failure } = detail;
  const fields: PlacedErrors['fields'] = {};
  if (step.kind === 'Provider' && failure.reason === 'AlreadyExists') fields.name = nameTaken;
  const unplaced = failure.causes.filter((c) => {
    const field = fieldForCause(step.kind, c.field);
    if (field && !fields[field]) fields[field] = c.message;
    return !field;
  });
  const placedAll = Object.keys(fields).length > 0 && unplaced.length === 0;
  return { fields, top: placedAll ? undefined : failure };
};
