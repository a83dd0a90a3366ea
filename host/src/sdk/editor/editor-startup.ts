/**
 * Creating the first Monaco editor of a page costs one long task (about 100 ms
 * on two cores, measured with bench/inventory): Monaco starts its services and
 * theme, measures the font, and reads the container's size, the last two as
 * forced layouts of whatever the page has just added. Here it is split:
 * services and theme start in a task of their own, and the editor is created
 * in a later task, right after a frame (when layout is clean), with the
 * container's size taken from a ResizeObserver rather than read from the DOM.
 * Typing and the page's other work (e.g. the first rows of a result) can run in
 * between.
 */
import type { MonacoApi } from './load-monaco';

/** The next task after the next frame: layout is clean then, and pending input and rendering have run. */
export const afterNextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });

const started = new WeakMap<MonacoApi, Promise<void>>();

/** Starts Monaco's services (and a theme) once per Monaco, in a task of its own. */
export const startMonacoServices = (monaco: MonacoApi, theme: string): Promise<void> => {
  let done = started.get(monaco);
  if (!done) {
    done = afterNextFrame().then(() => {
      // setTheme asks the theme service, which makes Monaco start its services and editor features.
      monaco.editor.setTheme(theme);
    });
    started.set(monaco, done);
  }
  return done;
};

export interface Size {
  width: number;
  height: number;
}

/**
 * The element's content size from its first ResizeObserver report (given after
 * layout, so reading it forces none). Undefined where there is no
 * ResizeObserver or the element is not laid out (zero size, e.g. a hidden
 * tab): Monaco then measures it itself, as it always did.
 */
export const observedSize = (element: Element): Promise<Size | undefined> =>
  new Promise((resolve) => {
    if (typeof ResizeObserver !== 'function') {
      resolve(undefined);
      return;
    }
    const observer = new ResizeObserver((entries) => {
      observer.disconnect();
      const rect = entries[0]?.contentRect;
      resolve(rect && rect.width > 0 && rect.height > 0 ? { width: rect.width, height: rect.height } : undefined);
    });
    observer.observe(element);
  });
