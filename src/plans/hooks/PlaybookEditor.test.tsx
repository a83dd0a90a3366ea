// @vitest-environment jsdom
/** The playbook editor: the console's CodeEditor in YAML, or a text area that keeps the text when it cannot load. */
import * as React from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const sdk = vi.hoisted(() => ({ CodeEditor: undefined as unknown }));
vi.mock('@openshift-console/dynamic-plugin-sdk', () => sdk);

const { PlaybookEditor } = await import('./PlaybookEditor');

afterEach(cleanup);

const props = { id: 'pb', ariaLabel: 'Pre-migration Ansible playbook', problemText: () => 'bad' };

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

  it('hands the console editor the YAML and marks the problem at its line once mounted', () => {
    const markers: unknown[][] = [];
    let mounted = false;
    const ConsoleEditor = (p: { value: string; language: string; onEditorDidMount: (e: unknown, m: unknown) => void }) => {
      React.useEffect(() => {
        if (mounted) return;
        mounted = true;
        const model = { getValue: () => p.value, getLanguageId: () => p.language, getLineMaxColumn: () => 12, getLineCount: () => 2 };
        const editor = { getModel: () => model, onDidDispose: () => undefined };
        const monaco = { editor: { setModelMarkers: (_m: unknown, _o: string, list: unknown[]) => markers.push(list), setModelLanguage: vi.fn() }, MarkerSeverity: { Error: 8 } };
        p.onEditorDidMount(editor, monaco);
      }, [p]);
      return <div data-testid="console-editor" data-language={p.language} />;
    };
    sdk.CodeEditor = ConsoleEditor;
    render(<PlaybookEditor {...props} value={'- hosts: a\n- text\n'} onChange={vi.fn()} />);
    expect(screen.getByTestId('console-editor').dataset.language).toBe('yaml');
    expect(markers.at(-1)).toEqual([{ severity: 8, message: 'bad', startLineNumber: 2, startColumn: 3, endLineNumber: 2, endColumn: 12 }]);
    // Up: the stand-in text area is gone.
    expect(screen.queryByTestId('playbook-text-area')).toBeNull();
  });
});
