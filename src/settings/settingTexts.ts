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
  controller_max_populator_inflight: {
    label: t('Maximum concurrent volume populators'),
    help: t('Populator pods running at the same time per ESXi host (storage copy offload).'),
  },
  controller_max_concurrent_reconciles: {
    label: t('Maximum concurrent reconciles'),
    help: t('How many objects the controller reconciles at the same time.'),
  },
  controller_cleanup_retries: {
    label: t('Cleanup retries'),
    help: t('How often the controller retries removing what a migration left behind.'),
  },
  controller_snapshot_removal_check_retries: {
    label: t('Snapshot removal check retries'),
    help: t('How often the controller checks whether a source snapshot is gone before it gives up.'),
  },
  controller_tls_connection_timeout_sec: {
    label: t('TLS connection timeout'),
    help: t('How long a TLS connection to a provider may take to open.'),
  },
  controller_windows_reboot_timeout: {
    label: t('Windows reboot timeout'),
    help: t('How long the wait-for-reboot step waits for a migrated Windows VM.'),
  },
  controller_filesystem_overhead: {
    label: t('Filesystem overhead'),
    help: t('Extra space added to a filesystem-mode volume for the filesystem itself.'),
  },
  controller_block_overhead: {
    label: t('Block overhead'),
    help: t('Extra space added to a block-mode volume.'),
  },
  controller_migration_service_account: {
    label: t('Migration service account'),
    help: t("Service account of the migration pods in the target namespace, unless a plan sets its own. Empty: the namespace's default."),
  },
  controller_transfer_network: {
    label: t('Controller transfer network'),
    help: t('The network attachment (namespace/name) the controller pod uses for disk transfers. Empty: the pod network.'),
  },
  vddk_image: {
    label: t('VDDK image'),
    help: t('The VMware VDDK init image for every vSphere provider that does not set its own. Empty: none is configured.'),
  },
  virt_v2v_memsize: {
    label: t('virt-v2v appliance memory'),
    help: t('Memory of the virt-v2v conversion appliance. Empty: virt-v2v chooses.'),
  },
  virt_v2v_smp: {
    label: t('virt-v2v appliance CPUs'),
    help: t('Virtual CPUs of the virt-v2v conversion appliance. Empty: virt-v2v chooses.'),
  },
  virt_v2v_extra_args: {
    label: t('virt-v2v extra arguments'),
    help: t('Added to every virt-v2v command line, on one line. Empty: none.'),
  },
  virt_v2v_dont_request_kvm: {
    label: t('Do not request KVM for virt-v2v'),
    help: t('Run conversion pods without the KVM device, for clusters with nested virtualization.'),
  },
  hooks_container_requests_cpu: {
    label: t('Hook CPU request'),
    help: t('CPU reserved for each migration hook pod.'),
  },
  hooks_container_limits_cpu: {
    label: t('Hook CPU limit'),
    help: t('Most CPU a migration hook pod may use; at least its request.'),
  },
  hooks_container_requests_memory: {
    label: t('Hook memory request'),
    help: t('Memory reserved for each migration hook pod.'),
  },
  hooks_container_limits_memory: {
    label: t('Hook memory limit'),
    help: t('Most memory a migration hook pod may use; at least its request.'),
  },
  feature_ui_plugin: { label: t('Console plugin'), help: t('Deploy this console plugin.') },
  feature_validation: { label: t('VM validation'), help: t('Check VMs against the validation policies (OPA) and report concerns.') },
  feature_volume_populator: { label: t('Volume populators'), help: t('Copy oVirt and OpenStack disks with volume populators.') },
  feature_cli_download: { label: t('kubectl-mtv download'), help: t('Offer the kubectl-mtv command line tool for download.') },
  feature_auth_required: { label: t('Inventory authentication'), help: t('Require authentication for the inventory API.') },
  feature_copy_offload: { label: t('Storage copy offload'), help: t('Let storage arrays copy vSphere disks (XCOPY) through copy offload plugins.') },
  feature_ocp_live_migration: { label: t('OpenShift live migration'), help: t('Allow live migrations between OpenShift clusters.') },
  feature_vmware_system_serial_number: { label: t('VMware system serial number'), help: t("Give migrated VMs their VMware system serial number.") },
  feature_ova_appliance_management: { label: t('OVF appliance management'), help: t('Appliance management endpoints for OVF-based providers (OVA, Hyper-V).') },
  feature_use_conversion_cr: { label: t('Conversion resources'), help: t('Delegate VM conversion to Conversion resources instead of managing it directly.') },
  feature_vsphere_vmware_driver_removal: { label: t('Remove VMware drivers'), help: t('Run VMware driver removal scripts while converting Windows VMs from vSphere.') },
  feature_windows_registry_network_config: { label: t('Windows registry network configuration'), help: t('Configure static IPs of Windows VMs through registry scripts.') },
  feature_windows_wait_for_reboot: { label: t('Wait for Windows reboot'), help: t('Add a step that waits for a migrated Windows VM to reboot.') },
  feature_xfs_repair_ignore: { label: t('Ignore xfs_repair failures'), help: t('Go on with a conversion when xfs_repair reports an error.') },
  feature_mcp_server: { label: t('MCP server'), help: t('Deploy the MCP server (OpenShift with Lightspeed).') },
  controller_vsphere_incremental_backup: { label: t('vSphere incremental backup'), help: t('Use changed block tracking for warm migrations from vSphere.') },
  controller_ovirt_warm_migration: { label: t('oVirt warm migration'), help: t('Allow warm migrations from oVirt.') },
  controller_static_udn_ip_addresses: { label: t('Static IPs on user-defined networks'), help: t('Keep static IP addresses of VMs on user-defined networks.') },
  controller_retain_precopy_importer_pods: { label: t('Keep precopy importer pods'), help: t('Keep the importer pods of warm precopies, for debugging.') },
  controller_retain_populator_pods: { label: t('Keep populator pods'), help: t('Keep populator pods after a migration, for debugging.') },
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
    pods: t('pods'),
    count: t('times'),
    percent: t('percent'),
    bytes: t('bytes'),
    megabytes: t('MB'),
    cpus: t('CPUs'),
    none: '',
  })[unit];

export const messageText = (t: TFunction, code: MessageCode, params: Record<string, unknown> = {}): string =>
  ({
    integer: t('Enter a whole number.'),
    range: t('Enter a number from {{min}} to {{max}}.', params),
    min: t('Enter a number of at least {{min}}.', params),
    boolean: t('Choose enabled or disabled.'),
    image: t('Enter an image reference such as quay.io/example/vddk:8.0.3.'),
    name: t('Enter a name of lowercase letters, digits, "-" and ".", starting and ending with a letter or digit.'),
    nad: t('Enter namespace/name of a network attachment definition, such as openshift-mtv/transfer.'),
    text: t('Enter the arguments on one line.'),
    cpu: t('Enter a CPU quantity such as 500m or 2.'),
    memory: t('Enter a memory quantity such as 512Mi or 2Gi.'),
    cpuOrder: t('The CPU limit must be at least the CPU request ({{request}}).', params),
    memoryOrder: t('The memory limit must be at least the memory request ({{request}}).', params),
  })[code];
