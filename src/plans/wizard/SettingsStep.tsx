import * as React from 'react';
import { ExpandableSection, Form, FormGroup, FormSection, Label } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { ProviderType } from '../../k8s/types';
import { AffinityPreview } from '../placement/AffinityPreview';
import { useForkliftTranslation } from '../../utils/i18n';
import { CheckboxField, SelectField, TextAreaField, TextField } from './fields';
import { supportsPreserveStaticIps } from './migrationTypes';
import { previewPvcNames, PVC_TEMPLATE_VARIABLES, templateError, type PreviewVm } from './pvcTemplate';
import type { StepProps } from './stepProps';

const PREVIEW_ROWS = 12;

/** Step 6: how the VMs land: power state, labels and placement, where the convertor pods run, transfer network, names of their PVCs. */
export const SettingsStep: React.FC<StepProps & { sourceType?: ProviderType; nadIds: string[]; previewVms?: PreviewVm[] }> = ({
  control,
  values,
  errors,
  sourceType,
  nadIds,
  previewVms,
}) => {
  const { t } = useForkliftTranslation();
  const template = values.pvcNameTemplate.trim();
  const preview = React.useMemo(
    () => (template && previewVms && !templateError(template) ? previewPvcNames(template, values.name || 'plan', previewVms) : undefined),
    [template, previewVms, values.name],
  );
  const problems = preview?.filter((r) => r.problem).length ?? 0;
  const affinityHelp = t('A rule such as REQUIRE pods(app=database) on node (PREFER, AVOID, REPEL; on node, zone, region or rack; weight=1-100 for PREFER and REPEL), or the YAML of an affinity.');
  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      <FormSection title={t('Target VMs')}>
        <SelectField
          control={control}
          name="targetPowerState"
          label={t('Target power state')}
          options={[
            { value: '', label: t('As on the source') },
            { value: 'on', label: t('Powered on') },
            { value: 'off', label: t('Powered off') },
            { value: 'auto', label: t('Auto') },
          ]}
          error={errors.targetPowerState}
        />
        <TextAreaField control={control} name="targetLabels" label={t('Target labels')} rows={2} error={errors.targetLabels} help={t('key=value, one a line or comma separated; added to every migrated VM.')} />
        <TextAreaField
          control={control}
          name="targetNodeSelector"
          label={t('Target node selector')}
          rows={2}
          error={errors.targetNodeSelector}
          help={t('key=value node labels the migrated VMs must run on.')}
        />
        <TextAreaField control={control} name="targetAffinity" label={t('Target affinity')} rows={2} monospace error={errors.targetAffinity} help={affinityHelp} />
        <AffinityPreview text={values.targetAffinity} id="plan-wizard-target-affinity-yaml" />
        <CheckboxField control={control} name="deleteVmOnFailMigration" label={t('Delete the target VM if its migration fails')} />
      </FormSection>
      <FormSection title={t('Convertor pods')}>
        <p className="pf-v6-u-color-200">{t('Where the virt-v2v pods that convert the guests run (not used when the source is OpenShift).')}</p>
        <TextAreaField
          control={control}
          name="convertorLabels"
          label={t('Convertor labels')}
          rows={2}
          error={errors.convertorLabels}
          help={t('key=value, one a line or comma separated; added to every convertor pod.')}
        />
        <TextAreaField
          control={control}
          name="convertorNodeSelector"
          label={t('Convertor node selector')}
          rows={2}
          error={errors.convertorNodeSelector}
          help={t('key=value node labels the convertor pods must run on.')}
        />
        <TextAreaField control={control} name="convertorAffinity" label={t('Convertor affinity')} rows={2} monospace error={errors.convertorAffinity} help={affinityHelp} />
        <AffinityPreview text={values.convertorAffinity} id="plan-wizard-convertor-affinity-yaml" />
      </FormSection>
      <FormSection title={t('Transfer')}>
        <SelectField
          control={control}
          name="transferNetwork"
          label={t('Transfer network')}
          options={[{ value: '', label: t('Pod network (default)') }, ...nadIds.map((id) => ({ value: id, label: id }))]}
          error={errors.transferNetwork}
          help={t('A network attachment definition the disk transfer uses instead of the pod network.')}
        />
        <CheckboxField
          control={control}
          name="migrateSharedDisks"
          label={t('Migrate shared disks')}
          description={t('Off: disks shared by several VMs are left out (migrate them once, with one plan).')}
        />
        {supportsPreserveStaticIps(sourceType) && (
          <CheckboxField
            control={control}
            name="preserveStaticIPs"
            label={t('Preserve static IPs')}
            description={t('Keep the static IP addresses of the VMs (vSphere guests).')}
          />
        )}
        {sourceType === 'vsphere' && (
          <CheckboxField
            control={control}
            name="useCompatibilityMode"
            label={t('Use compatibility mode')}
            description={t('Emulated devices (SATA, e1000e) instead of VirtIO for guests without VirtIO drivers.')}
          />
        )}
        {values.type === 'warm' && (
          <CheckboxField control={control} name="runPreflightInspection" label={t('Run a preflight inspection')} description={t('Inspect the guest before the first precopy.')} />
        )}
      </FormSection>
      <FormSection title={t('Names')}>
        <TextField
          control={control}
          name="pvcNameTemplate"
          label={t('PVC name template')}
          placeholder="{{.VmName}}-disk-{{.DiskIndex}}"
          error={errors.pvcNameTemplate}
          help={t('Go template; variables: {{variables}}. Empty: Forklift names them.', { variables: PVC_TEMPLATE_VARIABLES.map((v) => `.${v}`).join(', '), interpolation: { escapeValue: false } })}
        />
        {preview && (
          <FormGroup label={t('PVC names of the selected VMs')} fieldId="plan-wizard-pvc-preview">
            {problems > 0 && (
              <Label color="red" isCompact>
                {t('{{count}} names are not valid or not unique', { count: problems })}
              </Label>
            )}
            <Table aria-label={t('PVC name preview')} variant="compact" id="plan-wizard-pvc-preview">
              <Thead>
                <Tr>
                  <Th>{t('VM')}</Th>
                  <Th>{t('Disk')}</Th>
                  <Th>{t('PVC name')}</Th>
                </Tr>
              </Thead>
              <Tbody>
                {preview.slice(0, PREVIEW_ROWS).map((row) => (
                  <Tr key={`${row.vm}-${row.disk}`}>
                    <Td dataLabel={t('VM')}>{row.vm}</Td>
                    <Td dataLabel={t('Disk')}>{row.disk}</Td>
                    <Td dataLabel={t('PVC name')}>
                      <code>{row.name}</code>{' '}
                      {row.problem === 'invalid' && (
                        <Label color="red" isCompact>
                          {t('not a DNS label')}
                        </Label>
                      )}
                      {row.problem === 'duplicate' && (
                        <Label color="red" isCompact>
                          {t('duplicate')}
                        </Label>
                      )}
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
            {preview.length > PREVIEW_ROWS && <div>{t('and {{count}} more disks', { count: preview.length - PREVIEW_ROWS })}</div>}
          </FormGroup>
        )}
        <CheckboxField
          control={control}
          name="pvcNameTemplateUseGenerateName"
          label={t('Add a random suffix to PVC names')}
          description={t('Forklift uses the template as generateName, so names never clash.')}
        />
        <ExpandableSection toggleText={t('Volume and network interface names')}>
          <TextField control={control} name="volumeNameTemplate" label={t('Volume name template')} placeholder="disk-{{.VolumeIndex}}" help={t('Variables: .PVCName, .VolumeIndex')} />
          <TextField
            control={control}
            name="networkNameTemplate"
            label={t('Network interface name template')}
            placeholder="net-{{.NetworkIndex}}"
            help={t('Variables: .NetworkName, .NetworkNamespace, .NetworkType, .NetworkIndex')}
          />
        </ExpandableSection>
      </FormSection>
    </Form>
  );
};
