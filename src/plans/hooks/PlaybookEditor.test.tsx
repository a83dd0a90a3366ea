// @vitest-environment jsdom
/** The playbook editor: the console's CodeEditor in YAML, or a text area that keeps the text when it cannot load. */
import * as React from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const sdk = vi.hoisted(() => ({ CodeEditor: undefined as unknown }));
vi.mock('@openshift-console/dynamic-plugin-sdk', () => sdk);

const { PlaybookEditor } = await import('./PlaybookEditor');

afterEach(cleanup);

const props = { id: 'pb', ariaLabel: 'Pre-migration Ansible playbook' };

const expectWorkingTextArea = () => {
  const onChange = vi.fn();
  render(<PlaybookEditor {...props} value={'- hosts: all\n'} onChange={onChange} />);
  const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Pre-migration Ansible playbook' });
  expect(box.value).toBe('- hosts: all\n');
  fireEvent.change(box, { target: { value: '- hosts: localhost\n' } });
  expect(onChange).toHaveBeenCalledWith('- hosts: localhost\n');
};

describe('PlaybookEditor', () => {
  it('is a text area when the SDK has no CodeEditor', () => {
    sdk.CodeEditor = undefined;
    expectWorkingTextArea();
  });

  it('falls back to the text area when the editor fails to load', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    sdk.CodeEditor = () => {
      throw new Error('chunk failed to load');
    };
    expectWorkingTextArea();
  });

  it('hands the console editor the text in YAML', () => {
    const setModelLanguage = vi.fn();
    let mounted = false;
    const ConsoleEditor = (p: { value: string; language: string; onEditorDidMount: (e: unknown, m: unknown) => void }) => {
      React.useEffect(() => {
        if (mounted) return;
        mounted = true;
        // The console made the model before it knew the language.
        const model = { getLanguageId: () => 'plaintext' };
        p.onEditorDidMount({ getModel: () => model }, { editor: { setModelLanguage } });
      }, [p]);
      return <div data-testid="console-editor" data-language={p.language} data-value={p.value} />;
    };
    sdk.CodeEditor = ConsoleEditor;
    render(<PlaybookEditor {...props} value={'- hosts: a\n'} onChange={vi.fn()} />);
    expect(screen.getByTestId('console-editor').dataset).toMatchObject({ language: 'yaml', value: '- hosts: a\n' });
    expect(setModelLanguage).toHaveBeenCalledWith(expect.anything(), 'yaml');
    expect(screen.queryByTestId('playbook-text-area')).toBeNull();
  });
});
