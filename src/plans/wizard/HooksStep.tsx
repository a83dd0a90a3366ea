import * as React from 'react';
import { Controller } from 'react-hook-form';
import { Button, Form, FormGroup, FormSection } from '@patternfly/react-core';
import { useForkliftTranslation } from '../../utils/i18n';
import { PlaybookEditor } from '../hooks/PlaybookEditor';
import { CheckboxField, FieldHelp, TextField } from './fields';
import type { StepProps } from './stepProps';

const EXAMPLE_PLAYBOOK = `- name: Main
  hosts: localhost
  tasks:
    - name: Load the plan and the workload
      include_vars:
        file: "{{ item }}"
        name: "{{ item | basename | splitext | first }}"
      loop: [/tmp/hook/plan.yml, /tmp/hook/workload.yml]
`;

/**
 * Step 7: optional pre- and post-migration hooks, each a Hook object that
 * every VM of the plan references unless turned off here (then only the VMs
 * that pick it in the review's per-VM settings run it).
 */
export const HooksStep: React.FC<StepProps> = ({ control, values, setValue, errors }) => {
  const { t } = useForkliftTranslation();
  const hook = (step: 'preHook' | 'postHook', title: string, what: string) => {
    const h = values[step];
    const playbookLabel = step === 'preHook' ? t('Pre-migration Ansible playbook') : t('Post-migration Ansible playbook');
    return (
      <FormSection title={title}>
        <CheckboxField
          control={control}
          name={`${step}.enabled`}
          label={step === 'preHook' ? t('Run a hook before the migration') : t('Run a hook after the migration')}
          description={what}
        />
        {h.enabled && (
          <>
            <CheckboxField
              control={control}
              name={`${step}.forEveryVm`}
              label={t('Run it for every VM')}
              description={t('Off: only the VMs that pick it in the review run it.')}
            />
            <TextField control={control} name={`${step}.image`} label={step === 'preHook' ? t('Pre-migration hook image') : t('Post-migration hook image')} isRequired error={errors[`${step}.image`]} help={t('The container image that runs the playbook (default: the Forklift hook runner).')} />
            <FormGroup label={playbookLabel} fieldId={`plan-wizard-${step}-playbook`}>
              <Controller
                control={control}
                name={`${step}.playbook`}
                render={({ field }) => (
                  <PlaybookEditor
                    id={`plan-wizard-${step}-playbook`}
                    value={String(field.value ?? '')}
                    onChange={field.onChange}
                    ariaLabel={playbookLabel}
                    error={errors[`${step}.playbook`]}
                    describedBy={`plan-wizard-${step}-playbook-help`}
                  />
                )}
              />
              <FieldHelp
                id={`plan-wizard-${step}-playbook-help`}
                error={errors[`${step}.playbook`]}
                help={t('YAML; stored base64-encoded in the Hook. The plan and the VM are in /tmp/hook/plan.yml and /tmp/hook/workload.yml.')}
              />
            </FormGroup>
            {!h.playbook.trim() && (
              <Button variant="link" isInline onClick={() => setValue(`${step}.playbook`, EXAMPLE_PLAYBOOK, { shouldDirty: true })}>
                {t('Start from an example playbook')}
              </Button>
            )}
            <TextField control={control} name={`${step}.serviceAccount`} label={step === 'preHook' ? t('Pre-migration hook service account') : t('Post-migration hook service account')} error={errors[`${step}.serviceAccount`]} help={t('Optional; the hook pod runs with it.')} />
            <TextField control={control} name={`${step}.deadline`} label={step === 'preHook' ? t('Pre-migration hook deadline (seconds)') : t('Post-migration hook deadline (seconds)')} error={errors[`${step}.deadline`]} help={t('Optional; the hook fails when it runs longer.')} />
          </>
        )}
      </FormSection>
    );
  };
  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      {hook('preHook', t('Pre-migration hook'), t('Runs on each VM before its disks are transferred, e.g. to quiesce an application.'))}
      {hook('postHook', t('Post-migration hook'), t('Runs on each VM after it was created on the target, e.g. to update DNS.'))}
    </Form>
  );
};
