// @vitest-environment jsdom
/** The editor's fallback: a text area that edits and runs queries when Monaco is not there. */
import * as React from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const sdk = vi.hoisted(() => ({ CodeEditor: undefined as unknown }));
vi.mock('@openshift-console/dynamic-plugin-sdk', () => sdk);

const { LazyTslEditor } = await import('./LazyTslEditor');
const { EMPTY_SCHEMA } = await import('./schema');

afterEach(cleanup);

const expectWorkingTextArea = () => {
  const onChange = vi.fn();
  const onRun = vi.fn();
  render(<LazyTslEditor value="cpuCount > 2" onChange={onChange} onRun={onRun} schema={EMPTY_SCHEMA} />);
  const box = screen.getByRole('textbox', { name: 'TSL query' });
  fireEvent.change(box, { target: { value: 'cpuCount > 4' } });
  expect(onChange).toHaveBeenCalledWith('cpuCount > 4');
  fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
  expect(onRun).toHaveBeenCalledWith('cpuCount > 2');
};

describe('LazyTslEditor', () => {
  it('is a text area that still runs queries when the SDK has no CodeEditor', () => {
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

  it('hands the console editor the query and the TSL language, with a stand-in until it is up', () => {
    const seen: Record<string, unknown>[] = [];
    sdk.CodeEditor = (props: Record<string, unknown>) => {
      seen.push(props);
      return <div data-testid="console-editor" />;
    };
    render(<LazyTslEditor value="name = 'a'" onChange={vi.fn()} onRun={vi.fn()} schema={EMPTY_SCHEMA} />);
    expect(seen[0]).toMatchObject({ value: "name = 'a'", language: 'tsl' });
    expect((seen[0].options as { ariaLabel: string }).ariaLabel).toBe('TSL query');
    // Not mounted yet: the text area stands in.
    expect(screen.getByTestId('tsl-editor-loading')).toBeTruthy();
  });

  it('holds the editor back while told to, keeping the same focused text area when it starts', () => {
    const seen: Record<string, unknown>[] = [];
    sdk.CodeEditor = (props: Record<string, unknown>) => {
      seen.push(props);
      return <div data-testid="console-editor" />;
    };
    const props = { value: "name = 'a'", onChange: vi.fn(), onRun: vi.fn(), schema: EMPTY_SCHEMA };
    const { rerender } = render(<LazyTslEditor {...props} startEditor={false} />);
    expect(seen).toHaveLength(0);
    expect(screen.queryByTestId('console-editor')).toBeNull();
    const box = screen.getByRole('textbox', { name: 'TSL query' });
    box.focus();
    rerender(<LazyTslEditor {...props} startEditor />);
    expect(screen.getByTestId('console-editor')).toBeTruthy();
    // The stand-in is the very same element, still focused, while the editor gets going.
    expect(screen.getByRole('textbox', { name: 'TSL query' })).toBe(box);
    expect(document.activeElement).toBe(box);
    // Once started it stays, whatever the page says next.
    rerender(<LazyTslEditor {...props} startEditor={false} />);
    expect(screen.getByTestId('console-editor')).toBeTruthy();
  });
});
