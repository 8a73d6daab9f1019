import { useEffect, useRef, useState } from 'preact/hooks';
import type { Suggestion } from '../api/types';
import { copyText } from '../clipboard';
import { useT, type MessageKey } from '../i18n';

const KINDS = ['function', 'variable', 'constant', 'class'] as const;

export function CopyButton({ text }: { text: string }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const label = state === 'copied' ? t('room.copied') : state === 'failed' ? t('room.copyFailed') : t('room.copy');
  return (
    <button
      type="button"
      class={`btn-copy${state === 'copied' ? ' is-copied' : ''}`}
      onClick={async () => {
        const ok = await copyText(text);
        setState(ok ? 'copied' : 'failed');
        clearTimeout(timer.current);
        timer.current = setTimeout(() => setState('idle'), 2000);
      }}
    >
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        {state === 'copied' ? (
          <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
        ) : (
          <>
            <rect x="5" y="5" width="8.5" height="8.5" rx="1.8" fill="none" stroke="currentColor" stroke-width="1.5" />
            <path d="M10.5 3.2V3a1.5 1.5 0 0 0-1.5-1.5H3.5A1.5 1.5 0 0 0 2 3v5.5A1.5 1.5 0 0 0 3.5 10h.3" fill="none" stroke="currentColor" stroke-width="1.5" />
          </>
        )}
      </svg>
      <span aria-live="polite">{label}</span>
      <span class="sr-only"> {text}</span>
    </button>
  );
}

/**
 * One suggested name: kind badge, the name in monospace, the reason, a copy button, and
 * (when onMore is given) "비슷한 이름 더 보기", which asks the room for variations.
 */
export function SuggestionCard({
  suggestion,
  onMore,
  moreDisabled,
}: {
  suggestion: Suggestion;
  onMore?: (s: Suggestion) => void;
  moreDisabled?: boolean;
}) {
  const t = useT();
  const kind = (KINDS as readonly string[]).includes(suggestion.kind) ? suggestion.kind : null;
  return (
    <li class="name-card">
      <div class="name-card-head">
        <span class={`kind${kind ? ` kind-${kind}` : ''}`}>
          {kind ? t(`room.kind.${kind}` as MessageKey) : String(suggestion.kind ?? '')}
        </span>
        <code class="name-card-name">{suggestion.name}</code>
        <CopyButton text={suggestion.name} />
      </div>
      {suggestion.reason && <p class="name-card-reason">{suggestion.reason}</p>}
      {onMore && (
        <button
          type="button"
          class="btn-more"
          aria-label={t('chatx.moreLabel', { name: suggestion.name })}
          disabled={moreDisabled}
          onClick={() => onMore(suggestion)}
        >
          {t('chatx.more')}
        </button>
      )}
    </li>
  );
}
