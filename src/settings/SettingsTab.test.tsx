// @vitest-environment jsdom
/**
 * The settings form with the operator's feature gates and the VDDK image: a bad image is refused at
 * its field (and what was typed stays), a feature gate saved as the CRD's "true"/"false" string.
 */
import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';

const k8sPatch = vi.fn();
vi.mock('@openshift-console/dynamic-plugin-sdk', () => ({
  k8sPatch: (...args: unknown[]) => k8sPatch(...args),
  k8sGet: vi.fn(),
  useAccessReview: () => [true, false],
}));

await i18next.use(initReactI18next).init({ lng: 'en', resources: {}, keySeparator: false, nsSeparator: '~', interpolation: { escapeValue: false } });
const { default: SettingsTab } = await import('./SettingsTab');

afterEach(() => {
  cleanup();
  k8sPatch.mockReset();
});

const controller = { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'ForkliftController', metadata: { name: 'forklift-controller', namespace: 'openshift-mtv', resourceVersion: '7' }, spec: { feature_copy_offload: 'false' } };
const renderIt = () => render(<SettingsTab installation={{ controller, pods: [], loaded: true, error: undefined, namespace: 'openshift-mtv' } as never} />);

describe('SettingsTab: feature gates and images', () => {
  it('refuses a bad VDDK image at its field, keeping the text, and saves a good one', async () => {
    renderIt();
    const image = screen.getByLabelText('VDDK image') as HTMLInputElement;
    fireEvent.change(image, { target: { value: 'https://quay.io/x/vddk' } });
    expect(await screen.findByText('Enter an image reference such as quay.io/example/vddk:8.0.3.')).toBeTruthy();
    expect(image.value).toBe('https://quay.io/x/vddk');
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(image, { target: { value: 'quay.io/x/vddk:8.0.3' } });
    await waitFor(() => expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(false));
    k8sPatch.mockResolvedValue({ ...controller, spec: { ...controller.spec, vddk_image: 'quay.io/x/vddk:8.0.3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved');
    expect(k8sPatch.mock.calls[0][0].data).toEqual([
      { op: 'replace', path: '/metadata/resourceVersion', value: '7' },
      { op: 'add', path: '/spec/vddk_image', value: 'quay.io/x/vddk:8.0.3' },
    ]);
  });

  it('shows each feature gate with its default and writes the choice as a string', async () => {
    renderIt();
    const gate = screen.getByLabelText('Storage copy offload') as HTMLSelectElement;
    expect(gate.value).toBe('false');
    expect([...gate.options].map((o) => o.textContent)).toEqual(['Default (enabled)', 'Enabled', 'Disabled']);
    expect([...(screen.getByLabelText('MCP server') as HTMLSelectElement).options][0].textContent).toBe('Default (disabled)');
    const plugin = screen.getByLabelText('Console plugin') as HTMLSelectElement;
    expect(plugin.value).toBe('');
    fireEvent.change(gate, { target: { value: 'true' } });
    await waitFor(() => expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(false));
    k8sPatch.mockResolvedValue({ ...controller, spec: { feature_copy_offload: 'true' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved');
    expect(k8sPatch.mock.calls[0][0].data).toContainEqual({ op: 'replace', path: '/spec/feature_copy_offload', value: 'true' });
  });
});
