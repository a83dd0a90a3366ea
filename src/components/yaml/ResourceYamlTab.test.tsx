// @vitest-environment jsdom
/**
 * The YAML tab's save: what is sent (k8sUpdate with the edited
 * resourceVersion), what a 409 / 422 / unparsable text shows, and that the
 * editor keeps what was typed on a failure. The console's editor is stood in
 * for by a text area with a Save button calling onSave, as the real one does.
 */
import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { stringify } from 'yaml';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const sdk = vi.hoisted(() => ({ k8sUpdate: vi.fn(), allowed: true, mounts: 0 }));

vi.mock('@openshift-console/dynamic-plugin-sdk', () => ({
  k8sUpdate: sdk.k8sUpdate,
  useAccessReview: () => [sdk.allowed, false],
  ResourceYAMLEditor: ({ initialResource, readOnly, onSave }: { initialResource: object; readOnly?: boolean; onSave?: (t: string) => void }) => {
    const [text, setText] = React.useState(() => stringify(initialResource));
    React.useEffect(() => {
      sdk.mounts += 1;
    }, []);
    return (
      <>
        <textarea aria-label="YAML editor" value={text} readOnly={readOnly} onChange={(e) => setText(e.target.value)} />
        {!readOnly && <button onClick={() => onSave?.(text)}>Save</button>}
      </>
    );
  },
}));

await i18next.use(initReactI18next).init({ lng: 'en', resources: {}, keySeparator: false, nsSeparator: '~', interpolation: { escapeValue: false } });
const { ResourceYamlTab } = await import('./ResourceYamlTab');
const { PlanModel } = await import('../../k8s/models');

const plan = {
  apiVersion: 'forklift.konveyor.io/v1beta1',
  kind: 'Plan',
  metadata: { name: 'p1', namespace: 'ns', resourceVersion: '7', managedFields: [{ manager: 'kubectl' }] },
  spec: { description: 'before' },
};
const editor = () => screen.getByRole('textbox', { name: 'YAML editor' }) as HTMLTextAreaElement;
const typeAndSave = (text: string) => {
  fireEvent.change(editor(), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
};
const httpError = (json: object) => Object.assign(new Error(String((json as { message?: string }).message)), { json });

beforeEach(() => {
  sdk.k8sUpdate.mockReset();
  sdk.allowed = true;
  sdk.mounts = 0;
});
afterEach(cleanup);

describe('ResourceYamlTab', () => {
  it('saves with k8sUpdate carrying the edited resourceVersion, then shows the new version', async () => {
    sdk.k8sUpdate.mockImplementation(async ({ data }) => ({ ...data, metadata: { ...data.metadata, resourceVersion: '8' } }));
    render(<ResourceYamlTab obj={plan} model={PlanModel} />);
    expect(editor().value).not.toContain('managedFields');
    typeAndSave(editor().value.replace('before', 'after'));
    await screen.findByText('p1 saved (version 8)');
    const { model, data } = sdk.k8sUpdate.mock.calls[0][0];
    expect(model).toBe(PlanModel);
    expect(data.metadata.resourceVersion).toBe('7');
    expect(data.spec.description).toBe('after');
    // The editor now holds the saved version (a second save would carry version 8).
    await waitFor(() => expect(editor().value).toContain('resourceVersion: "8"'));
  });

  it('on a 409 shows the reason and keeps the typed text', async () => {
    sdk.k8sUpdate.mockRejectedValue(
      httpError({ code: 409, reason: 'Conflict', message: 'Operation cannot be fulfilled on plans.forklift.konveyor.io "p1": the object has been modified' }),
    );
    render(<ResourceYamlTab obj={plan} model={PlanModel} />);
    const typed = editor().value.replace('before', 'mine');
    typeAndSave(typed);
    await screen.findByText('Not saved: p1 was changed by someone else since you loaded it');
    expect(screen.getByText(/the object has been modified/)).toBeTruthy();
    expect(editor().value).toBe(typed);
    expect(sdk.mounts).toBe(1);
  });

  it('on a 422 shows the server message and each cause', async () => {
    sdk.k8sUpdate.mockRejectedValue(
      httpError({ code: 422, reason: 'Invalid', message: 'Plan.forklift.konveyor.io "p1" is invalid', details: { causes: [{ field: 'spec.vms', message: 'Invalid value: "string": spec.vms in body must be of type array' }] } }),
    );
    render(<ResourceYamlTab obj={plan} model={PlanModel} />);
    typeAndSave(editor().value.replace("description: before", 'vms: oops'));
    await screen.findByText('Not saved: the server found the object invalid');
    expect(screen.getByRole('list', { name: 'What the server refused' }).textContent).toContain('spec.vms: Invalid value');
    expect(editor().value).toContain('vms: oops');
  });

  it('reports unparsable YAML and a changed name at once, sending nothing', async () => {
    render(<ResourceYamlTab obj={plan} model={PlanModel} />);
    typeAndSave(`${editor().value}\n  bad: [unclosed`);
    await screen.findByText('Not saved: the YAML is not valid');
    expect(screen.getByText(/^Line \d+, column \d+:/)).toBeTruthy();
    typeAndSave(editor().value.replace(/\n\s*bad: \[unclosed$/, '').replace('name: p1', 'name: p2'));
    await screen.findByText(/metadata.name cannot be changed here/);
    expect(sdk.k8sUpdate).not.toHaveBeenCalled();
  });

  it('is read-only for someone without update rights', () => {
    sdk.allowed = false;
    render(<ResourceYamlTab obj={plan} model={PlanModel} />);
    expect(screen.getByText('View only: you are not allowed to update p1')).toBeTruthy();
    expect(editor().readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('never shows a Secret in clear', () => {
    render(<ResourceYamlTab obj={{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'ns' }, data: { password: 'c2VjcmV0' } } as never} model={PlanModel} />);
    expect(document.body.textContent).not.toContain('c2VjcmV0');
    expect(screen.queryByRole('textbox', { name: 'YAML editor' })).toBeNull();
  });
});
