import * as accounts from './api/accounts';
import { client } from './api/client';
import type { Profile, Quota } from './api/types';
import { createStore, useStore } from './store';

/** The one place for who is signed in. The access token itself stays inside the API client. */
export type Session =
  | { status: 'loading' }
  | { status: 'signed_out' }
  | { status: 'signed_in'; profile: Profile | null };

export const sessionStore = createStore<Session>({ status: 'loading' });

export function useSession(): Session {
  return useStore(sessionStore);
}

// A lost token (failed refresh, revoked session) signs the app out everywhere.
client.onTokenChange((token) => {
  if (token === null && sessionStore.get().status !== 'loading') sessionStore.set({ status: 'signed_out' });
});

// Logging out in one tab ends the session in the others too (their access tokens
// would otherwise live out their 15 minutes).
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('namebot-auth') : null;
if (channel) {
  channel.onmessage = (e: MessageEvent) => {
    if (e.data === 'signed_out') {
      client.clearSession();
      sessionStore.set({ status: 'signed_out' });
    }
  };
}

function announceSignedOut(): void {
  try {
    channel?.postMessage('signed_out');
  } catch {
    // A closed channel is not worth failing a logout for.
  }
}

async function loadProfile(): Promise<void> {
  try {
    const profile = await accounts.getProfile();
    sessionStore.set({ status: 'signed_in', profile });
  } catch {
    // Still signed in if the token is; pages load their own data and show their own errors.
    sessionStore.set(client.hasToken() ? { status: 'signed_in', profile: null } : { status: 'signed_out' });
  }
}

let restoring: Promise<void> | null = null;

/**
 * On page load: one refresh through the cookie restores the session, if any. A visitor
 * without the companion cookie never signed in here (or signed out): no request at all.
 */
export function restoreSession(): Promise<void> {
  restoring ??= (async () => {
    if (!client.mayHaveSession()) {
      sessionStore.set({ status: 'signed_out' });
      return;
    }
    try {
      const token = await client.refresh();
      if (!token) {
        sessionStore.set({ status: 'signed_out' });
        return;
      }
      await loadProfile();
    } catch {
      sessionStore.set({ status: 'signed_out' });
    }
  })();
  return restoring;
}

export async function login(email: string, password: string): Promise<void> {
  await accounts.login(email, password);
  await loadProfile();
}

export async function logout(): Promise<void> {
  try {
    await accounts.logout();
  } finally {
    sessionStore.set({ status: 'signed_out' });
    announceSignedOut();
  }
}

export async function deleteAccount(confirm: { password: string } | { confirm: string }): Promise<void> {
  await accounts.deleteAccount(confirm);
  sessionStore.set({ status: 'signed_out' });
  announceSignedOut();
}

export function setProfile(profile: Profile): void {
  sessionStore.set({ status: 'signed_in', profile });
}

/** Chat responses carry the quota; keep the profile's copy current. */
export function updateQuota(quota: Quota | undefined | null): void {
  const s = sessionStore.get();
  if (!quota || s.status !== 'signed_in' || !s.profile) return;
  sessionStore.set({ status: 'signed_in', profile: { ...s.profile, quota } });
}
