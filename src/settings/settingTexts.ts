/**
 * Translated labels, help, units and validation messages of the settings
 * form (literal keys, so the i18n check sees every one).
 */
import type { useForkliftTranslation } from '../utils/i18n';
import type { SettingUnit } from './settingsFields';
import type { MessageCode } from './settingsSchema';

type TFunction = ReturnType<typeof useForkliftTranslation>['t'];

export interface SettingText {
  label: string;
  help: string;
}

export const settingTexts = (t: TFunction): Record<string, SettingText> => ({
  controller_max_vm_inflight: {
    label: t('Maximum concurrent VM migrations'),
    help: t('How many VMs of a plan migrate at the same time. Higher values finish large plans sooner but load the source and the network more.'),
  },
  controller_precopy_interval: {
    label: t('Precopy interval'),
    help: t('Time between the snapshots and delta copies of a warm migration, until cutover.'),
  },
  controller_snapshot_status_check_rate_seconds: {
    label: t('Snapshot status check rate'),
    help: t('How often the controller checks whether a snapshot was created or removed during a warm migration.'),
  },
  controller_snapshot_removal_timeout_minuts: {
    label: t('Snapshot removal timeout'),
    help: t('How long the controller waits for a source snapshot to be removed before it gives up.'),
  },
  controller_vddk_job_active_deadline_sec: {
    label: t('VDDK validation job deadline'),
    help: t("How long the job that checks a vSphere provider's VDDK image may run before it is stopped."),
  },
  virt_v2v_container_requests_cpu: {
    label: t('virt-v2v CPU request'),
    help: t('CPU reserved for each virt-v2v conversion pod.'),
  },
  virt_v2v_container_limits_cpu: {
    label: t('virt-v2v CPU limit'),
    help: t('Most CPU a virt-v2v conversion pod may use; at least its request.'),
  },
  virt_v2v_container_requests_memory: {
    label: t('virt-v2v memory request'),
    help: t('Memory reserved for each virt-v2v conversion pod.'),
  },
  virt_v2v_container_limits_memory: {
    label: t('virt-v2v memory limit'),
    help: t('Most memory a virt-v2v conversion pod may use; at least its request.'),
  },
  controller_log_level: {
    label: t('Controller log level'),
    help: t("Verbosity of the migration controller's log."),
  },
  inventory_log_level: {
    label: t('Inventory log level'),
    help: t("Verbosity of the inventory service's log."),
  },
});

export const unitText = (t: TFunction, unit: SettingUnit): string =>
  ({
    vms: t('VMs'),
    minutes: t('minutes'),
    seconds: t('seconds'),
    cpu: t('cores (2) or millicores (500m)'),
    memory: t('bytes with a suffix (512Mi, 2Gi)'),
    level: t('0 (quietest) to 9 (most verbose)'),
  })[unit];

export const messageText = (t: TFunction, code: MessageCode, params: Record<string, unknown> = {}): string =>
  ({
    integer: t('Enter a whole number.'),
    range: t('Enter a number from {{min}} to {{max}}.', params),
    cpu: t('Enter a CPU quantity such as 500m or 2.'),
    memory: t('Enter a memory quantity such as 512Mi or 2Gi.'),
    cpuOrder: t('The CPU limit must be at least the CPU request ({{request}}).', params),
    memoryOrder: t('The memory limit must be at least the memory request ({{request}}).', params),
  })[code];
