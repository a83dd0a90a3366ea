// @vitest-environment jsdom
/** The inventory page's rows arrive by window from the engine and follow a sort kept there. */
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { engineClient } from './useInventoryEngine';
import { useResultWindow } from './useResultWindow';
import type { QueryResult } from './engine/inventoryEngine';

// The engine is fed directly here; the console SDK (which pulls in its styles) is never called.
vi.mock('@openshift-console/dynamic-plugin-sdk', () => ({ consoleFetch: undefined, getConsoleRequestHeaders: undefined }));

const vms = Array.from({ length: 1000 }, (_, i) => ({ id: `vm-${i}`, name: `vm-${String(i).padStart(4, '0')}`, cpuCount: i % 5 }));

describe('useResultWindow', () => {
  it('has the first rows at once, fetches the others when wanted, and refetches after a sort', async () => {
    const client = engineClient();
    await client.load('window-test', JSON.stringify(vms), 'vsphere', 'vms');
    const result: QueryResult = await client.query('window-test', 'SELECT name, cpuCount', 20);
    expect(result.rows).toHaveLength(20);
    const errors: unknown[] = [];
    const hook = renderHook(({ version }) => useResultWindow(result, version, (e) => errors.push(e)), { initialProps: { version: 0 } });
    expect(hook.result.current.count).toBe(1000);
    expect(hook.result.current.at(5)?.cells).toEqual(['vm-0005', 0]);
    expect(hook.result.current.at(700)).toBeUndefined();
    act(() => hook.result.current.want?.(690, 710));
    await waitFor(() => expect(hook.result.current.at(700)?.cells).toEqual(['vm-0700', 0]));
    expect(hook.result.current.at(700)?.index).toBe(700);

    await client.sortInPlace('window-test', 1, 'desc');
    hook.rerender({ version: 1 });
    // The cached positions were for the old order: nothing is known until fetched again.
    expect(hook.result.current.at(0)).toBeUndefined();
    act(() => hook.result.current.want?.(0, 10));
    await waitFor(() => expect(hook.result.current.at(0)?.cells[1]).toBe(4));
    const first = hook.result.current.at(0)!;
    expect(vms[first.index].cpuCount).toBe(4);
    expect(errors).toEqual([]);
  });
});
