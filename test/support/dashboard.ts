import { JSDOM } from 'jsdom';
import { eventually } from '#libs/testing';

/**
 * The gateway's dashboard as a person opens it: the page in jsdom, its script run, the key typed into its
 * form. jsdom has no fetch, so the page's requests go to the gateway at `base` through Node's.
 */
export async function openDashboard(base: string, key: string): Promise<JSDOM['window']> {
  const { window } = new JSDOM(await (await fetch(`${base}/dashboard`)).text(), { url: `${base}/dashboard`, runScripts: 'outside-only' });
  // Every request the page makes can be cut at once when the test closes it (closeDashboard).
  const pageGone = new AbortController();
  pages.set(window, pageGone);
  Object.assign(window, {
    fetch: (path: string, init: RequestInit = {}) =>
      fetch(new URL(path, base), { ...init, signal: init.signal ? AbortSignal.any([init.signal, pageGone.signal]) : pageGone.signal }),
    TextDecoderStream,
  });
  window.eval(await (await fetch(`${base}/dashboard/dashboard.js`)).text());
  (window.document.getElementById('key') as HTMLInputElement).value = key;
  window.document.getElementById('key-form')!.dispatchEvent(new window.Event('submit', { cancelable: true }));
  return window;
}

const pages = new WeakMap<JSDOM['window'], AbortController>();

/**
 * Closes the page only once its requests (the live alert stream above all) are cut and their
 * handlers have run: a stream answered after the window is gone would run the page's script
 * against a document that no longer exists.
 */
export async function closeDashboard(window: JSDOM['window']): Promise<void> {
  pages.get(window)?.abort();
  await new Promise((r) => setTimeout(r, 200));
  window.close();
}

/** The text of one of the dashboard's panels. */
export function panelText(window: JSDOM['window'], id: string): string {
  return window.document.querySelector(`#${id} .body`)?.textContent ?? '';
}

/** Waits until each of these panels shows something: they load side by side, each in its own time. */
export async function panelsLoaded(window: JSDOM['window'], ids: string[]): Promise<void> {
  await eventually(async () => ids.every((id) => panelText(window, id).length > 0), (done) => done, { timeoutMs: 15_000, everyMs: 50 });
}
