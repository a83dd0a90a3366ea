// @vitest-environment jsdom
/** The editor's fallback: a text area that edits and runs queries when Monaco is not there. */
import * as React from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('./TslEditor', () => ({
  default: () => {
    throw new Error('chunk failed to load');
  },
}));

const { LazyTslEditor } = await import('./LazyTslEditor');
const { EMPTY_SCHEMA } = await import('./schema');

afterEach(cleanup);

describe('LazyTslEditor', () => {
  it('falls back to a text area with the same name that still runs queries', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onChange = vi.fn();
    const onRun = vi.fn();
    render(<LazyTslEditor value="cpuCount > 2" onChange={onChange} onRun={onRun} schema={EMPTY_SCHEMA} />);
    const box = screen.getByRole('textbox', { name: 'TSL query' });
    fireEvent.change(box, { target: { value: 'cpuCount > 4' } });
    expect(onChange).toHaveBeenCalledWith('cpuCount > 4');
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    expect(onRun).toHaveBeenCalledWith('cpuCount > 2');
  });
});
