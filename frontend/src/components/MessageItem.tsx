import type { Message, Suggestion } from '../api/types';
import { formatClock, useT } from '../i18n';
import { CopyAllButton } from './CopyAll';
import { kindLabel } from './KindChips';
import { LogoMark } from './Logo';
import { SuggestionCard } from './SuggestionCard';

/** A message as the room shows it: the server's, or a local one still being sent. */
export interface ChatItem extends Message {
  /** 'sending' while the POST runs; 'failed' when it never reached the server. */
  local?: 'sending' | 'failed';
}

const OFFLINE_PREFIX = /^\s*\[(오프라인 추천|offline[^\]]*)\]\s*/i;

/** Splits the "[오프라인 추천]" label off the bot's text so it can be shown as a badge. */
export function splitOffline(content: string): { offline: boolean; text: string } {
  const m = OFFLINE_PREFIX.exec(content);
  return m ? { offline: true, text: content.slice(m[0].length) } : { offline: false, text: content };
}

/**
 * The bot's prose without its plain-text list of the names ("함수\n1. add — 이유"),
 * which the name cards already show. Anything else (intro, note) is kept as written.
 */
export function proseOf(text: string, suggestions: Suggestion[]): string {
  if (!suggestions.length) return text;
  const names = new Set(suggestions.map((s) => s.name));
  const lines = text.split('\n');
  const isItem = (line: string) => {
    const m = /^\s*\d+[.)]\s+(\S+)/.exec(line);
    return !!m && names.has(m[1]!.replace(/[,:]$/, ''));
  };
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isItem(line)) continue;
    // A short heading right above a list item ("함수", "Functions").
    const next = lines.slice(i + 1).find((l) => l.trim() !== '');
    if (line.trim() && [...line.trim()].length <= 20 && next !== undefined && isItem(next)) continue;
    kept.push(line);
  }
  return kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

export function MessageItem({
  item,
  onRetry,
  retrying,
  onMore,
  moreDisabled,
}: {
  item: ChatItem;
  onRetry: (item: ChatItem) => void;
  retrying: boolean;
  /** "More like this" on a card of this answer; absent, the cards have no such button. */
  onMore?: (s: Suggestion, answer: ChatItem) => void;
  moreDisabled?: boolean;
}) {
  const t = useT();
  const time = formatClock(item.created_at);

  if (item.is_user) {
    const problem = item.local === 'failed' ? t('room.sendFailed') : item.status === 'unanswered' && item.local !== 'sending' ? t('room.unanswered') : null;
    return (
      <li class={`msg msg-user${problem ? ' msg-problem' : ''}`}>
        <div class="msg-stack">
          <p class="sr-only">{t('room.you')}</p>
          <div class="bubble bubble-user">{item.content}</div>
          <div class="msg-meta">
            {item.kind && <span class="chip chip-asked">{t('chatx.kindAsked', { kind: kindLabel(t, item.kind) })}</span>}
            {item.local === 'sending' ? <span>{t('room.sending')}</span> : <time dateTime={item.created_at}>{time}</time>}
          </div>
          {problem && (
            <div class="msg-retry">
              <span class="msg-retry-text">
                <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
                  <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5" />
                  <path d="M8 4.5v4.2M8 11.2v.1" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" />
                </svg>
                {problem}
              </span>
              <button type="button" class="btn btn-small btn-secondary" disabled={retrying} onClick={() => onRetry(item)}>
                {t('common.retry')}
              </button>
            </div>
          )}
        </div>
      </li>
    );
  }

  const split = splitOffline(item.content ?? '');
  const offline = split.offline || item.offline === true;
  const suggestions = item.suggestions ?? [];
  const text = proseOf(split.text, suggestions);
  return (
    <li class="msg msg-bot">
      <div class="avatar" aria-hidden="true">
        <LogoMark size={32} />
      </div>
      <div class="msg-stack">
        <p class="sr-only">{t('room.bot')}</p>
        <div class="bubble bubble-bot">
          {offline && <span class="badge badge-offline">{t('room.offline')}</span>}
          {text && <p class="bot-text">{text}</p>}
          {suggestions.length > 0 && (
            <ul class="name-cards">
              {suggestions.map((s, i) => (
                <SuggestionCard
                  key={`${i}-${s.name}`}
                  suggestion={s}
                  onMore={onMore ? (x) => onMore(x, item) : undefined}
                  moreDisabled={moreDisabled}
                />
              ))}
            </ul>
          )}
          {suggestions.length > 1 && <CopyAllButton suggestions={suggestions} />}
        </div>
        <div class="msg-meta">
          <time dateTime={item.created_at}>{time}</time>
        </div>
      </div>
    </li>
  );
}
