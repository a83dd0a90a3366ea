/**
 * The words for the pure layer's codes. Kept here, apart from the checks and
 * the parser, so those stay free of React and i18n; every key is a literal so
 * the i18n check sees it.
 */
import type { TFunction } from 'i18next';
import type { MappingIssue } from './checks';
import type { PairSyntaxError } from './pairSyntax';
import type { SuggestionReason } from './suggestions';
import { OFFLOAD_VENDORS, type MappingKind } from './types';

export function issueMessage(t: TFunction, issue: MappingIssue, nameOf: (sourceId: string) => string, kind: MappingKind): string {
  const name = nameOf(issue.sourceId);
  switch (issue.code) {
    case 'podTwice':
      return t('Only one source can go to the pod network; {{other}} already does.', { other: nameOf(issue.other ?? '') });
    case 'duplicateSource':
      return t('{{name}} is mapped more than once; only the first mapping counts.', { name });
    case 'requiredUnmapped':
      return kind === 'network'
        ? t('{{name}} is used by the selected VMs: map it or mark it ignored.', { name })
        : t('{{name}} is used by the selected VMs: map it to a storage class.', { name });
    case 'sharedMultus':
      return t('Several sources share the network {{nad}}.', { nad: issue.other });
    case 'targetMissing':
      return kind === 'network'
        ? t('The network {{target}} does not exist on the target cluster.', { target: issue.other })
        : t('The storage class {{target}} does not exist on the target cluster.', { target: issue.other });
    case 'sourceMissing':
      return t('{{name}} is not in the source provider inventory.', { name });
    case 'noTarget':
      return t('Pick a target for {{name}}.', { name });
    case 'ignoredStorage':
      return t('Storage cannot be ignored; pick a storage class.');
    case 'offloadNotVsphere':
      return t('Copy offload works only for disks from vSphere; remove it from {{name}}.', { name });
  }
}

export function syntaxErrorMessage(t: TFunction, error: PairSyntaxError): string {
  const at = { column: error.offset + 1, value: error.value };
  switch (error.code) {
    case 'missingColon':
      return t('Column {{column}}: "{{value}}" needs a colon between source and target.', at);
    case 'emptySource':
      return t('Column {{column}}: the source name is missing.', at);
    case 'emptyTarget':
      return t('Column {{column}}: the target is missing.', at);
    case 'emptyNamespace':
      return t('Column {{column}}: "{{value}}" has no namespace before the slash.', at);
    case 'emptyName':
      return t('Column {{column}}: "{{value}}" has no name after the slash.', at);
    case 'vlanUnsupported':
      return t('Column {{column}}: the VLAN suffix "{{value}}" is not supported here.', at);
    case 'optionWithoutValue':
      return t('Column {{column}}: the option "{{value}}" needs a value (key=value).', at);
    case 'badVolumeMode':
      return t('Column {{column}}: volumeMode "{{value}}" must be Filesystem or Block.', at);
    case 'badAccessMode':
      return t('Column {{column}}: accessMode "{{value}}" must be ReadWriteOnce, ReadWriteMany or ReadOnlyMany.', at);
    case 'badOffloadPlugin':
      return t('Column {{column}}: offloadPlugin "{{value}}" must be vsphere.', at);
    case 'badOffloadVendor':
      return t('Column {{column}}: offloadVendor "{{value}}" must be one of {{vendors}}.', { ...at, vendors: OFFLOAD_VENDORS.join(', ') });
    case 'offloadIncomplete':
      return t('Column {{column}}: copy offload needs offloadPlugin, offloadVendor and offloadSecret together.', at);
    case 'unknownOption':
      return t('Column {{column}}: unknown option "{{value}}" (use volumeMode, accessMode or the offload options).', at);
    case 'unknownSource':
      return t('Column {{column}}: the source provider has no "{{value}}".', at);
  }
}

export function suggestionReason(t: TFunction, reason: SuggestionReason): string {
  switch (reason) {
    case 'similarName':
      return t('similar name');
    case 'defaultStorageClass':
      return t('default storage class');
    case 'podNetwork':
      return t('pod network for the network most VMs use');
  }
}
