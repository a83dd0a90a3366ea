// @vitest-environment jsdom
import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WritePreview } from './WritePreview';

await i18next.use(initReactI18next).init({ lng: 'en', resources: {}, keySeparator: false, nsSeparator: '~', interpolation: { escapeValue: false } });

afterEach(cleanup);

const objects = [
  { apiVersion: 'v1', kind: 'Secret', metadata: { generateName: 'vc-' }, stringData: { user: 'admin', password: 'hunter2' } },
  { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'Provider', metadata: { name: 'vc' }, spec: { type: 'vsphere' } },
];
const command = { verb: ['create', 'provider'], args: ['vc'], flags: [{ name: 'type', value: 'vsphere' }, { name: 'password', value: 'hunter2', secret: true }] };

describe('WritePreview', () => {
  it('shows each object and the command with named copy buttons, secrets masked until revealed', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    render(<WritePreview objects={objects} commands={[command]} />);
    const secretYaml = screen.getByRole('region', { name: 'YAML of Secret vc-…' });
    expect(secretYaml.textContent).not.toContain('hunter2');
    expect(screen.getByRole('region', { name: 'kubectl mtv command' }).textContent).not.toContain('hunter2');

    fireEvent.click(screen.getByRole('button', { name: 'Copy YAML of Provider vc' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(expect.stringContaining('kind: Provider')));

    fireEvent.click(screen.getByRole('switch', { name: 'Show secret values' }));
    expect(screen.getByRole('region', { name: 'YAML of Secret vc-…' }).textContent).toContain('hunter2');
    expect(screen.getByRole('region', { name: 'kubectl mtv command' }).textContent).toContain('hunter2');
  });

  it('has no reveal switch when nothing is secret', () => {
    render(<WritePreview objects={[objects[1]]} commands={['kubectl mtv delete provider vc']} />);
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.getByRole('region', { name: 'kubectl mtv command' }).textContent).toBe('kubectl mtv delete provider vc');
  });
});
