import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImage, imageProblemText } from '../src/api/board';
import { nicknameError, nicknameHint, passwordHint, passwordOk } from '../src/forms';
import { setLang } from '../src/i18n';
import { MAX_IMAGE_SIZE, MAX_NICKNAME_LEN, MAX_PASSWORD_LEN, MIN_NICKNAME_LEN, MIN_PASSWORD_LEN } from '../src/limits';

// src/limits.ts is the app's one copy of the server's limits (pkg/namebot/limits_test.go
// compares it with the Go constants). These tests keep the rest of the app reading it.

describe('the checks and messages follow src/limits.ts', () => {
  it('bounds nicknames and passwords by the limits', () => {
    setLang('ko');
    expect(nicknameError('가'.repeat(MIN_NICKNAME_LEN))).toBeNull();
    expect(nicknameError('가'.repeat(MIN_NICKNAME_LEN - 1))).not.toBeNull();
    expect(nicknameError('가'.repeat(MAX_NICKNAME_LEN))).toBeNull();
    expect(nicknameError('가'.repeat(MAX_NICKNAME_LEN + 1))).not.toBeNull();
    expect(passwordOk('a1'.repeat(MIN_PASSWORD_LEN / 2))).toBe(true);
    expect(passwordOk('a1'.repeat(MIN_PASSWORD_LEN / 2 - 1) + 'a')).toBe(false);
    expect(passwordOk('a1'.repeat(MAX_PASSWORD_LEN / 2))).toBe(true);
    expect(passwordOk('a1'.repeat(MAX_PASSWORD_LEN / 2) + 'a')).toBe(false);
  });

  it('says the limits in both languages', () => {
    setLang('ko');
    expect(nicknameHint()).toBe(`${MIN_NICKNAME_LEN}~${MAX_NICKNAME_LEN}자`);
    expect(passwordHint()).toContain(`${MIN_PASSWORD_LEN}~${MAX_PASSWORD_LEN}자`);
    expect(imageProblemText(checkImage({ type: 'image/png', size: MAX_IMAGE_SIZE + 1 })!)).toContain(`${MAX_IMAGE_SIZE / 2 ** 20}MB`);
    setLang('en');
    expect(nicknameHint()).toBe(`${MIN_NICKNAME_LEN}–${MAX_NICKNAME_LEN} characters`);
    expect(passwordHint()).toContain(`${MIN_PASSWORD_LEN}–${MAX_PASSWORD_LEN} characters`);
    setLang('ko');
  });

  it('has no limit written as a number in a form', () => {
    const dir = join(__dirname, '..', 'src');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && f !== 'limits.ts');
    const found: string[] = [];
    for (const f of files) {
      const src = readFileSync(join(dir, f), 'utf8');
      // maxLength={100} or charLength(x) > 40: the shapes the copies had.
      for (const m of src.matchAll(/(?:maxLength|minLength)=\{\d+|charLength\([^)]*\)\s*[<>]=?\s*\d+/g)) found.push(`${f}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});
