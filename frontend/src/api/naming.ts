import { client } from './client';

/** POST /api/naming/check: the free name review (no sign-in, no quota). */

export type CheckKind = 'function' | 'variable' | 'boolean' | 'constant' | 'class';

export interface CheckRequest {
  language: string;
  convention?: string;
  names: string[];
  kind?: CheckKind;
}

export interface CheckProblem {
  code: string;
  message: string;
}

export interface CheckResult {
  name: string;
  ok: boolean;
  problems: CheckProblem[];
  better: string[];
}

/** The server's limits (pkg/review: MaxNames, MaxNameLen). */
export const MAX_NAMES = 20;
export const MAX_NAME_LEN = 100;

export function checkNames(body: CheckRequest) {
  // No sign-in needed: never refresh or send a token for it.
  return client.post<{ results: CheckResult[] }>('/api/naming/check', body, { auth: false });
}
