// @vitest-environment jsdom
/**
 * The page's React wiring with the console SDK and Monaco replaced: provider
 * from the URL, collection loading, results, query errors and the
 * unreachable state. The engine runs inline (jsdom has no Worker).
 */
import * as React from 'react';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

const providers = {
  vsphere: [{ uid: 'u1', name: 'vc', namespace: 'mtv', type: 'vsphere', vmCount: 3 }],
  ovirt: [],
  openstack: [],
  openshift: [],
  ova: [],
};
const vms = [
  { id: 'vm-1', name: 'web-1', powerState: 'poweredOn', cpuCount: 2, memoryMB: 4096, concerns: [{ category: 'Critical', label: 'x' }] },
  { id: 'vm-2', name: 'db-1', powerState: 'poweredOff', cpuCount: 8, memoryMB: 16384, concerns: [] },
  { id: 'vm-3', name: 'web-2', powerState: 'poweredOn', cpuCount: 4, memoryMB: 8192, concerns: [] },
];

const state = { providersFail: false, requests: [] as string[], collectingFor: 0 };

vi.mock('@openshift-console/dynamic-plugin-sdk', () => ({
  ListPageHeader: ({ title }: { title: string }) => <h1>{title}</h1>,
  // No CodeEditor (Monaco does not run in jsdom): the TSL editor is its text area.
  CodeEditor: undefined,
  // An older console: the worker's headers come from the CSRF cookie.
  getConsoleRequestHeaders: undefined,
  consoleFetch: async (url: string) => {
    state.requests.push(url);
    if (url.endsWith('/providers?detail=1')) {
      if (state.providersFail) throw Object.assign(new Error('connection refused'), { code: 502 });
      return new Response(JSON.stringify(providers));
    }
    // The inventory answers 206 while it is still being collected.
    if (state.collectingFor > 0) {
      state.collectingFor--;
      return new Response('[]', { status: 206 });
    }
    return new Response(JSON.stringify(vms));
  },
}));

// jsdom lays nothing out; give elements a size so the virtualized table renders a window of rows.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 });

// As the console configures i18next: keys are English text, so no key or namespace separators.
await i18next.use(initReactI18next).init({ lng: 'en', resources: {}, keySeparator: false, nsSeparator: '~', interpolation: { escapeValue: false } });

const { default: InventoryPage } = await import('./InventoryPage');
const { queryClient } = await import('../utils/queryClient');

/** The page at `url`, with `beside` (e.g. a probe of the router) in the same router. */
const renderAt = (url: string, beside?: React.ReactNode) =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <InventoryPage />
      {beside}
    </MemoryRouter>,
  );

afterEach(() => {
  cleanup();
  queryClient.clear();
  state.providersFail = false;
  state.requests = [];
  state.collectingFor = 0;
});

describe('InventoryPage', () => {
  it('asks for a provider first', async () => {
    renderAt('/mtv/inventory');
    expect(await screen.findByTestId('inventory-pick-provider')).toBeTruthy();
  });

  it('loads the provider in the URL with detail=4 and runs the query from the URL', async () => {
    renderAt(`/mtv/inventory?provider=mtv/vc&kind=vms&q=${encodeURIComponent("powerState = 'poweredOn'")}`);
    await waitFor(() => expect(screen.getByTestId('inventory-result-count').textContent).toBe('2 of 3 rows'));
    expect(state.requests).toContain('/api/proxy/plugin/forklift-console-plugin/forklift-inventory/providers/vsphere/u1/vms?detail=4');
    const rows = screen.getAllByTestId('inventory-result-row');
    expect(rows.map((r) => r.querySelectorAll('td')[1].textContent)).toEqual(['web-1', 'web-2']);
    expect(screen.getByTestId('concern-Critical').textContent).toBe('Critical 1');
    expect((screen.getByRole('textbox', { name: 'TSL query' }) as HTMLTextAreaElement).value).toBe("powerState = 'poweredOn'");
  });

  it('sorts by a clicked header and opens a row in the drawer', async () => {
    renderAt('/mtv/inventory?provider=mtv/vc');
    await waitFor(() => expect(screen.getByTestId('inventory-result-count').textContent).toBe('3 of 3 rows'));
    const names = () => screen.getAllByTestId('inventory-result-row').map((r) => r.querySelectorAll('td')[1].textContent);
    expect(names()).toEqual(['web-1', 'db-1', 'web-2']);
    fireEvent.click(within(screen.getByRole('columnheader', { name: /memoryMB/ })).getByRole('button'));
    await waitFor(() => expect(names()).toEqual(['web-1', 'web-2', 'db-1']));
    fireEvent.click(screen.getAllByTestId('inventory-result-row')[2].querySelectorAll('td')[1]);
    const details = await screen.findByTestId('inventory-row-details');
    await waitFor(() => expect(details.textContent).toContain('16,384'));
    fireEvent.click(within(details).getByRole('tab', { name: 'JSON' }));
    expect((await screen.findByTestId('inventory-row-json')).textContent).toContain('"id": "vm-2"');
  });

  it('keeps the table mounted across a query change and swaps its rows', async () => {
    renderAt('/mtv/inventory?provider=mtv/vc');
    await waitFor(() => expect(screen.getByTestId('inventory-result-count').textContent).toBe('3 of 3 rows'));
    const table = screen.getByTestId('inventory-results');
    fireEvent.change(screen.getByRole('textbox', { name: 'TSL query' }), { target: { value: "name ~= 'web'" } });
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(screen.getByTestId('inventory-result-count').textContent).toBe('2 of 3 rows'));
    // The same table element: the previous result stayed on screen while the query ran.
    expect(screen.getByTestId('inventory-results')).toBe(table);
    expect(screen.getAllByTestId('inventory-result-row').map((r) => r.querySelectorAll('td')[1].textContent)).toEqual(['web-1', 'web-2']);
    expect(screen.getByTestId('inventory-results-region').getAttribute('aria-busy')).toBeNull();
  });

  it('lands a quick answer in one step, with no running state in between, and the URL follows', async () => {
    let search = '';
    const Location = () => {
      search = useLocation().search;
      return null;
    };
    renderAt('/mtv/inventory?provider=mtv/vc', <Location />);
    await waitFor(() => expect(screen.getByTestId('inventory-result-count').textContent).toBe('3 of 3 rows'));
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      if (screen.queryByTestId('inventory-query-running')) seen.push('running');
    });
    observer.observe(document.body, { childList: true, subtree: true });
    fireEvent.change(screen.getByRole('textbox', { name: 'TSL query' }), { target: { value: "name ~= 'db'" } });
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(screen.getByTestId('inventory-result-count').textContent).toBe('1 of 3 rows'));
    observer.disconnect();
    expect(seen).toEqual([]);
    // The router moves the URL in a transition, just after.
    await waitFor(() => expect(new URLSearchParams(search).get('q')).toBe("name ~= 'db'"));
    expect(screen.getByTestId('inventory-result-count').textContent).toBe('1 of 3 rows');
  });

  it('goes back to the previous query with the browser history after a run', async () => {
    let back = () => {};
    const History = () => {
      const navigate = useNavigate();
      back = () => void navigate(-1);
      return null;
    };
    renderAt('/mtv/inventory?provider=mtv/vc', <History />);
    await waitFor(() => expect(screen.getByTestId('inventory-result-count').textContent).toBe('3 of 3 rows'));
    fireEvent.change(screen.getByRole('textbox', { name: 'TSL query' }), { target: { value: "name ~= 'web'" } });
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(screen.getByTestId('inventory-result-count').textContent).toBe('2 of 3 rows'));
    // Let the URL catch up with the run, then go back.
    await new Promise((resolve) => setTimeout(resolve, 50));
    act(() => back());
    await waitFor(() => expect(screen.getByTestId('inventory-result-count').textContent).toBe('3 of 3 rows'));
    expect((screen.getByRole('textbox', { name: 'TSL query' }) as HTMLTextAreaElement).value).toBe('');
  });

  it('shows a query error with its line and column', async () => {
    renderAt(`/mtv/inventory?provider=mtv/vc&q=${encodeURIComponent('cpuCount >')}`);
    const alert = await screen.findByTestId('inventory-query-error', {}, { timeout: 10_000 });
    expect(alert.textContent).toContain('Line 1, column 11');
  });

  it('shows groups with a chart', async () => {
    renderAt(`/mtv/inventory?provider=mtv/vc&q=${encodeURIComponent('SELECT powerState, count(*) AS n GROUP BY powerState')}`);
    await waitFor(() => expect(screen.getAllByTestId('inventory-bar')).toHaveLength(2));
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('n by powerState');
  });

  it('says the inventory is still being collected (206), polls, then loads', async () => {
    state.collectingFor = 1;
    renderAt('/mtv/inventory?provider=mtv/vc');
    expect((await screen.findByTestId('inventory-collecting')).textContent).toContain('still being collected');
    // The shared QueryClient asks again after COLLECTING_POLL_MS.
    await waitFor(() => expect(screen.getByTestId('inventory-result-count').textContent).toBe('3 of 3 rows'), { timeout: 8000 });
    expect(state.requests.filter((u) => u.includes('/vms?detail=4'))).toHaveLength(2);
    expect(screen.queryByText('The inventory has nothing of this kind for this provider')).toBeNull();
  });

  it('says when the provider in the link does not exist', async () => {
    renderAt('/mtv/inventory?provider=mtv/gone');
    expect(await screen.findByTestId('inventory-provider-not-found')).toBeTruthy();
  });

  it('says when the inventory is unreachable', async () => {
    state.providersFail = true;
    renderAt('/mtv/inventory');
    expect(await screen.findByTestId('inventory-unreachable', {}, { timeout: 10_000 })).toBeTruthy();
  });
});
