/**
 * The results table's virtualizer, kept from forcing layouts when it mounts.
 * TanStack Virtual reads the scroller's `clientHeight` and writes `scrollTo`
 * as it attaches to a new scroller: each forces a layout of everything the
 * page has just added, which was most of the longest task when the first rows
 * of 100,000 VMs appeared (bench/inventory). Neither is needed there: the
 * table has a fixed height (the virtualizer's `initialRect`), and a scroller
 * just made is at the top already.
 */
import { elementScroll, type Virtualizer, type VirtualizerOptions } from '@tanstack/react-virtual';

type Instance = Virtualizer<HTMLDivElement, Element>;

/** The scroller's size from a ResizeObserver only: its reports come after the browser's own layout. */
export const observeRectAfterLayout = (instance: Instance, report: (rect: { width: number; height: number }) => void): (() => void) | undefined => {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver !== 'function') return undefined;
  const observer = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1]?.contentRect;
    if (box) report({ width: Math.round(box.width), height: Math.round(box.height) });
  });
  observer.observe(element);
  return () => observer.disconnect();
};

const attached = new WeakSet<Element>();

/**
 * Scrolls as TanStack Virtual does, except for the write it makes when it
 * attaches to a scroller: to the top of a scroller that is at the top.
 */
export const scrollExceptOnAttach: VirtualizerOptions<HTMLDivElement, Element>['scrollToFn'] = (offset, options, instance) => {
  const element = instance.scrollElement;
  if (element && !attached.has(element)) {
    attached.add(element);
    if (offset + (options.adjustments ?? 0) === 0 && options.behavior !== 'smooth') return;
  }
  elementScroll(offset, options, instance);
};
