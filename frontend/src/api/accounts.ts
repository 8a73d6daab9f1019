import { client } from './client';
import type { Profile, ProfileUpdate, SignupResult, TokenResponse } from './types';

/** /api/accounts: sign-up, login, logout and the profile. */

export function signup(body: { email: string; password: string; password2: string; nickname: string }) {
  return client.post<SignupResult>('/api/accounts/signup', body, { auth: false });
}

export async function login(email: string, password: string): Promise<TokenResponse> {
  const tokens = await client.post<TokenResponse>('/api/accounts/login', { email, password }, { auth: false });
  client.acceptTokens(tokens);
  return tokens;
}

/** Revokes the refresh family on the server; the local session ends whatever happens. */
export async function logout(): Promise<void> {
  try {
    if (client.hasToken()) await client.post<void>('/api/accounts/logout');
  } finally {
    client.clearSession();
  }
}

export function getProfile() {
  return client.get<Profile>('/api/accounts/profile');
}

export function updateProfile(body: ProfileUpdate) {
  return client.patch<Profile>('/api/accounts/profile', body);
}

/** Deletes the account: with the password, or with the typed email for an account without one. */
export async function deleteAccount(confirm: { password: string } | { confirm: string }): Promise<void> {
  await client.del('/api/accounts/profile', confirm);
  client.clearSession();
}

/** The sign-in providers the server has configured (GitHub, Kakao). */
export function oauthProviders() {
  return client.get<{ providers: string[] }>('/api/accounts/oauth/providers', { auth: false });
}

/** Starts linking a provider to the signed-in account; the browser then goes to the returned URL. */
export function startLink(provider: string, password?: string) {
  return client.post<{ url: string }>(`/api/accounts/oauth/${encodeURIComponent(provider)}/link`, password ? { password } : {});
}
