import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';
import { client } from '../src/api/client';
import { sessionStore } from '../src/auth';
import { setLang } from '../src/i18n';

/** The element each test renders into (a live binding: fresh per test after useDom). */
export let root: HTMLElement;

/**
 * Registers the per-test page the component tests share: a fresh root in the body, the
 * Korean UI, the session hint cookie a signed-in browser has, no XSS marker; afterwards
 * the tree unmounted, stubs removed, the session cleared.
 */
export function useDom() {
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    setLang('ko');
    window.scrollTo = () => undefined;
    (window as unknown as { __xss?: unknown }).__xss = undefined;
    document.cookie = 'namebot_session=1; path=/';
  });
  afterEach(() => {
    act(() => render(null, root));
    root.remove();
    vi.unstubAllGlobals();
    client.clearSession();
    sessionStore.set({ status: 'loading' });
  });
}

/** Renders node into root. */
export function mount(node: preact.ComponentChild) {
  act(() => render(node, root));
}

/** A JSON response as the API writes it; undefined gives an empty body. */
export function json(status: number, body: unknown) {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}
