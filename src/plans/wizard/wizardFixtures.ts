/**
 * Test data: the wizard's values for a small vSphere plan (two VMs, one network and one datastore
 * mapped in new maps), which tests override field by field. Not imported by the plugin's code.
 */
import { defaultValues, type WizardValues } from './values';

export const twoVmWizardValues = (over: Partial<WizardValues> = {}): WizardValues => ({
  ...defaultValues('mtv'),
  name: 'web-tier',
  sourceProvider: 'vcenter',
  targetProvider: 'host',
  vms: [
    { id: 'vm-1', name: 'web-1' },
    { id: 'vm-2', name: 'web-2' },
  ],
  networkMap: { mode: 'new', existing: '', pairs: [{ sourceId: 'net-1', targetId: 'pod' }] },
  storageMap: { mode: 'new', existing: '', pairs: [{ sourceId: 'ds-1', targetId: 'standard' }] },
  ...over,
});
