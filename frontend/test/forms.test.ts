import { describe, expect, it } from 'vitest';
import { isBlank, nicknameError } from '../src/forms';
import { setLang, t } from '../src/i18n';

describe('isBlank (the server refuses these required fields as blank)', () => {
  it('is true for text that shows nothing', () => {
    for (const s of ['', ' ', '\u200B\u200B', '\u3164\u3164', '\u115F\u1160', '\uFFA0', '\u2800\u2800', '\u3000', '\uFEFF\u2060', '\u202E', '\uFE0F', '\u200B \u3164\u2800\n']) {
      expect(isBlank(s), JSON.stringify(s)).toBe(true);
    }
  });
  it('is false for anything visible', () => {
    for (const s of ['a', '가', 'ㄱ', '👩\u200D💻', '.', '\u3164a', '\u1112\u1161\u11AB']) {
      expect(isBlank(s), JSON.stringify(s)).toBe(false);
    }
  });
  it('makes an invisible nickname required', () => {
    setLang('ko');
    expect(nicknameError('\u3164\u3164')).toBe(t('v.required'));
    expect(nicknameError('이름')).toBeNull();
  });
});
