import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpError } from './http-error';
import { WatchRegistry, type SocketLike, type WatchDeps } from './watch-manager';

class FakeSocket implements SocketLike {
  onopen: SocketLike['onopen'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  closed = false;
  constructor(readonly url: string) {}
  close() {
    this.closed = true;
  }
  send(event: unknown) {
    this.onmessage?.({ data: JSON.stringify(event) });
  }
  drop() {
    this.onclose?.({});
  }
}

const cm = (name: string, rv: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'ns', resourceVersion: rv } });

/** A scripted API: `lists` answers GETs in order, sockets are recorded. */
const setup = (answers: Array<unknown | Error>) => {
  vi.useFakeTimers();
  const gets: string[] = [];
  const sockets: FakeSocket[] = [];
  const deps: WatchDeps = {
    getJSON: async (url) => {
      gets.push(url);
      const a = answers.shift();
      if (a === undefined) throw new Error(`unexpected GET ${url}`);
      if (a instanceof Error) throw a;
      return a;
    },
    openSocket: (url) => {
      const s = new FakeSocket(url);
      sockets.push(s);
      return s;
    },
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    batchMs: 10,
    lingerMs: 100,
  };
  return { registry: new WatchRegistry(deps), gets, sockets };
};

const list = (rv: string, ...items: unknown[]) => ({ metadata: { resourceVersion: rv }, items });
const request = { path: '/api/v1/namespaces/ns/configmaps', labelSelector: 'app=x' };
const names = (data: unknown) => (data as Array<{ metadata: { name: string } }>).map((o) => o.metadata.name);

describe('WatchRegistry', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists, then watches from the list resourceVersion and applies events in batches', async () => {
    const { registry, gets, sockets } = setup([list('10', cm('a', '9'))]);
    const listener = vi.fn();
    registry.subscribe(request, listener);
    await vi.runAllTimersAsync();
    expect(gets).toEqual(['/api/kubernetes/api/v1/namespaces/ns/configmaps?labelSelector=app%3Dx&limit=500']);
    expect(registry.getSnapshot(request)).toMatchObject({ loaded: true, error: undefined });
    expect(names(registry.getSnapshot(request).data)).toEqual(['a']);
    expect(sockets[0].url).toBe(
      '/api/kubernetes/api/v1/namespaces/ns/configmaps?allowWatchBookmarks=true&labelSelector=app%3Dx&resourceVersion=10&watch=true',
    );
    listener.mockClear();
    sockets[0].send({ type: 'ADDED', object: cm('b', '11') });
    sockets[0].send({ type: 'DELETED', object: cm('a', '12') });
    expect(listener).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(10);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(names(registry.getSnapshot(request).data)).toEqual(['b']);
  });

  it('shares one watch between subscribers asking the same thing, and closes it after the last leaves', async () => {
    const { registry, gets, sockets } = setup([list('1')]);
    const off1 = registry.subscribe(request, () => {});
    const off2 = registry.subscribe({ ...request }, () => {});
    await vi.runAllTimersAsync();
    expect(gets).toHaveLength(1);
    expect(registry.size).toBe(1);
    off1();
    off2();
    await vi.advanceTimersByTimeAsync(99);
    expect(registry.size).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(registry.size).toBe(0);
    expect(sockets[0].closed).toBe(true);
  });

  it('follows continue tokens for a full list', async () => {
    const { registry, gets } = setup([
      { metadata: { resourceVersion: '5', continue: 'tok' }, items: [cm('a', '1')] },
      list('6', cm('b', '2')),
    ]);
    registry.subscribe(request, () => {});
    await vi.runAllTimersAsync();
    expect(gets[1]).toContain('continue=tok');
    expect(names(registry.getSnapshot(request).data)).toEqual(['a', 'b']);
  });

  it('reconnects from the last resourceVersion with back-off when the socket drops', async () => {
    const { registry, sockets } = setup([list('10', cm('a', '9'))]);
    registry.subscribe(request, () => {});
    await vi.runAllTimersAsync();
    sockets[0].send({ type: 'MODIFIED', object: cm('a', '15') });
    sockets[0].drop();
    expect(sockets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sockets).toHaveLength(2);
    expect(sockets[1].url).toContain('resourceVersion=15');
    sockets[1].drop();
    await vi.advanceTimersByTimeAsync(1999);
    expect(sockets).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets).toHaveLength(3);
  });

  it('relists after watches are refused three times in a row, and shows why the list fails', async () => {
    const { registry, gets, sockets } = setup([list('10', cm('a', '9')), new HttpError('Unauthorized', 401)]);
    registry.subscribe(request, () => {});
    await vi.runAllTimersAsync();
    expect(gets).toHaveLength(1);
    // Back-off doubles from one second: two re-watches, then the relist.
    for (const wait of [1000, 2000, 4000]) {
      sockets[sockets.length - 1].drop();
      await vi.advanceTimersByTimeAsync(wait);
    }
    expect(sockets).toHaveLength(3);
    expect(gets).toHaveLength(2);
    expect(registry.getSnapshot(request).error).toBeInstanceOf(HttpError);
    expect((registry.getSnapshot(request).error as HttpError).code).toBe(401);
  });

  it('relists at once on 410 Expired and replaces the data', async () => {
    const { registry, gets, sockets } = setup([list('10', cm('a', '9')), list('30', cm('z', '29'))]);
    registry.subscribe(request, () => {});
    await vi.runAllTimersAsync();
    sockets[0].send({ type: 'ERROR', object: { kind: 'Status', code: 410, reason: 'Expired' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(gets).toHaveLength(2);
    expect(sockets[0].closed).toBe(true);
    expect(names(registry.getSnapshot(request).data)).toEqual(['z']);
    expect(sockets[1].url).toContain('resourceVersion=30');
  });

  it('reports a failed list, keeps retrying, and clears the error once the server answers', async () => {
    const { registry, gets } = setup([new HttpError('boom', 500), list('3', cm('a', '1'))]);
    registry.subscribe(request, () => {});
    await vi.advanceTimersByTimeAsync(0);
    expect(registry.getSnapshot(request)).toMatchObject({ loaded: false, error: { code: 500 } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(gets).toHaveLength(2);
    expect(registry.getSnapshot(request)).toMatchObject({ loaded: true, error: undefined });
  });

  it('watches one named object with a field selector and reports its deletion as not found', async () => {
    const { registry, gets, sockets } = setup([cm('a', '7')]);
    const one = { path: '/api/v1/namespaces/ns/configmaps', name: 'a' };
    registry.subscribe(one, () => {});
    await vi.runAllTimersAsync();
    expect(gets[0]).toBe('/api/kubernetes/api/v1/namespaces/ns/configmaps/a');
    expect(sockets[0].url).toContain('fieldSelector=metadata.name%3Da');
    expect(registry.getSnapshot(one)).toMatchObject({ loaded: true, data: { metadata: { name: 'a' } } });
    sockets[0].send({ type: 'DELETED', object: cm('a', '8') });
    await vi.advanceTimersByTimeAsync(10);
    expect(registry.getSnapshot(one)).toMatchObject({ loaded: false, data: undefined, error: { code: 404 } });
  });
});
