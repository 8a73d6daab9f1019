import { useEffect, useRef, useState } from 'preact/hooks';
import type { Suggestion } from '../api/types';
import { copyText } from '../clipboard';
import { useT } from '../i18n';

/** Every name of an answer, one per line, in the answer's order, each once. */
export function allNames(suggestions: Suggestion[]): string {
  return [...new Set(suggestions.map((s) => s.name).filter(Boolean))].join('\n');
}

/** "모두 복사": copies every name of an answer and says so in a status region. */
export function CopyAllButton({ suggestions }: { suggestions: Suggestion[] }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const text = allNames(suggestions);
  const n = text ? text.split('\n').length : 0;
  if (!n) return null;
  return (
    <div class="copy-all">
      <button
        type="button"
        class={`btn-copy btn-copy-all${state === 'copied' ? ' is-copied' : ''}`}
        aria-label={t('chatx.copyAllLabel', { n })}
        onClick={async () => {
          const ok = await copyText(text);
          setState(ok ? 'copied' : 'failed');
          clearTimeout(timer.current);
          timer.current = setTimeout(() => setState('idle'), 2500);
        }}
      >
        {state === 'copied' ? t('chatx.copiedAll') : t('chatx.copyAll')}
      </button>
      <span class="copy-all-status" role="status">
        {state === 'copied' ? t('chatx.copiedAll') : state === 'failed' ? t('room.copyFailed') : ''}
      </span>
    </div>
  );
}
