// @vitest-environment jsdom
import * as React from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResultRow, type RowActions } from './ResultRow';

afterEach(cleanup);

const renderRow = (props: Partial<React.ComponentProps<typeof ResultRow>> = {}) => {
  const actions = { current: { open: vi.fn(), select: vi.fn() } } as React.RefObject<RowActions> & { current: { open: ReturnType<typeof vi.fn>; select: ReturnType<typeof vi.fn> } };
  render(
    <table role="grid">
      <tbody>
        <ResultRow columns={['name', 'cpuCount']} rowIndex={7} ariaRowIndex={3} cells={['vm-a', 12345]} selectable selected={false} active={false} actions={actions} labels={{ select: (n) => `Select row ${n}`, concerns: 'Concerns', loading: 'Loading' }} {...props} />
      </tbody>
    </table>,
  );
  return actions.current;
};

describe('ResultRow', () => {
  it('draws PatternFly table cells with formatted values', () => {
    renderRow();
    const cells = [...screen.getByRole('row').querySelectorAll('td')];
    expect(cells.map((c) => c.textContent)).toEqual(['', 'vm-a', (12345).toLocaleString()]);
    expect(cells[1].className).toBe('pf-v6-c-table__td pf-m-nowrap');
    expect(screen.getByRole('row').getAttribute('aria-rowindex')).toBe('3');
  });

  it('opens on click and on Enter, selects with its checkbox without opening', () => {
    const actions = renderRow();
    fireEvent.click(screen.getByText('vm-a'));
    expect(actions.open).toHaveBeenCalledWith(7);
    fireEvent.keyDown(screen.getByRole('row'), { key: 'Enter' });
    expect(actions.open).toHaveBeenCalledTimes(2);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select row 2' }));
    expect(actions.select).toHaveBeenCalledWith(7, true);
    expect(actions.open).toHaveBeenCalledTimes(2);
  });

  it('marks the active row selected', () => {
    renderRow({ active: true });
    expect(screen.getByRole('row').className).toContain('pf-m-selected');
  });
});
