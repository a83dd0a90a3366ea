// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Virtualizer } from '@tanstack/react-virtual';
import { observeRectAfterLayout, scrollExceptOnAttach } from './virtualizerLayout';

type Callback = (entries: { contentRect: { width: number; height: number } }[]) => void;

const scrollerThatMustNotBeRead = (): HTMLDivElement => {
  const element = document.createElement('div');
  // Reading these forces a layout: the point is never to.
  for (const prop of ['clientWidth', 'clientHeight', 'offsetWidth', 'offsetHeight'])
    Object.defineProperty(element, prop, { get: () => { throw new Error(`read ${prop}`); } });
  element.getBoundingClientRect = () => { throw new Error('read getBoundingClientRect'); };
  return element;
};

const instanceOf = (element: Element | null) => ({ scrollElement: element }) as unknown as Virtualizer<HTMLDivElement, Element>;

describe('observeRectAfterLayout', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("reports the ResizeObserver's size, rounded, without reading the element's layout", () => {
    let callback: Callback = () => undefined;
    const disconnect = vi.fn();
    const observe = vi.fn();
    vi.stubGlobal('ResizeObserver', class { constructor(cb: Callback) { callback = cb; } observe = observe; disconnect = disconnect; });
    const element = scrollerThatMustNotBeRead();
    const report = vi.fn();
    const stop = observeRectAfterLayout(instanceOf(element), report);
    expect(observe).toHaveBeenCalledWith(element);
    expect(report).not.toHaveBeenCalled(); // nothing until the browser has laid it out
    callback([{ contentRect: { width: 1200.4, height: 479.6 } }]);
    expect(report).toHaveBeenLastCalledWith({ width: 1200, height: 480 });
    stop?.();
    expect(disconnect).toHaveBeenCalled();
  });

  it('does nothing without a scroller or a ResizeObserver (the initial rect stays)', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const report = vi.fn();
    expect(observeRectAfterLayout(instanceOf(scrollerThatMustNotBeRead()), report)).toBeUndefined();
    expect(observeRectAfterLayout(instanceOf(null), report)).toBeUndefined();
    expect(report).not.toHaveBeenCalled();
  });

  describe('scrollExceptOnAttach', () => {
    const scroller = () => {
      const element = document.createElement('div');
      element.scrollTo = vi.fn() as unknown as typeof element.scrollTo;
      return element;
    };
    const instance = (element: HTMLDivElement) =>
      ({ scrollElement: element, options: { horizontal: false } }) as unknown as Virtualizer<HTMLDivElement, Element>;

    it("skips the attach-time write to the top of a new scroller (it is there already), and writes every later scroll", () => {
      const element = scroller();
      scrollExceptOnAttach(0, {}, instance(element));
      expect(element.scrollTo).not.toHaveBeenCalled();
      scrollExceptOnAttach(0, {}, instance(element));
      scrollExceptOnAttach(240, { adjustments: 12 }, instance(element));
      expect(element.scrollTo).toHaveBeenNthCalledWith(1, { top: 0, behavior: undefined });
      expect(element.scrollTo).toHaveBeenNthCalledWith(2, { top: 252, behavior: undefined });
    });

    it('writes an attach-time scroll to anywhere but the top', () => {
      const element = scroller();
      scrollExceptOnAttach(480, {}, instance(element));
      expect(element.scrollTo).toHaveBeenCalledWith({ top: 480, behavior: undefined });
    });
  });
});
