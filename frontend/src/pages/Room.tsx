import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { getRoom, sendMessage } from '../api/chat';
import type { Message, PickKind, Quota, Room, Suggestion } from '../api/types';
import { updateQuota } from '../auth';
import { KindChips } from '../components/KindChips';
import { LogoMark } from '../components/Logo';
import { MessageItem, splitOffline, type ChatItem } from '../components/MessageItem';
import { QuotaBadge } from '../components/QuotaBadge';
import { RenameTitle } from '../components/RenameTitle';
import { Alert, EmptyState, ErrorState, Loading } from '../components/States';
import { charLength, errorsFrom, isBlank } from '../forms';
import { formatClock, useT } from '../i18n';
import { MAX_CONTENT_LEN } from '../limits';
import { Link } from '../router';
import { useTitle } from '../title';
import { uuid } from '../uuid';
import { roomName } from './Rooms';

type Banner = { kind: 'failed' | 'timeout' } | { kind: 'error'; message: string } | null;

function limitReached(quota: Quota | null): boolean {
  if (!quota || quota.remaining > 0) return false;
  // Past the reset time the server will have a fresh day; let the person try.
  const resets = Date.parse(quota.resets_at);
  return Number.isNaN(resets) || resets > Date.now();
}

function announcement(bot: Message): string {
  const names = (bot.suggestions ?? []).map((s) => s.name).filter(Boolean);
  if (names.length) return names.slice(0, 6).join(', ');
  return splitOffline(bot.content ?? '').text.slice(0, 160);
}

function ChatHeader({ room, quota, onRenamed }: { room: Room; quota: Quota | null; onRenamed: (room: Room) => void }) {
  const t = useT();
  return (
    <div class="room-head">
      <div class="container room-head-inner">
        {/* Named here too: at phone widths only the arrow shows. */}
        <Link href="/chat" class="back-link" aria-label={t('room.back')}>
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
            <path d="M12.5 4.5L7 10l5.5 5.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
          <span class="back-text">{t('room.back')}</span>
        </Link>
        <div class="room-head-title">
          <RenameTitle room={room} name={roomName(room)} onRenamed={onRenamed} />
          <p class="room-head-meta">
            <span class="chip chip-lang">{room.language}</span>
            {room.convention && <span class="chip">{room.convention}</span>}
          </p>
        </div>
        <QuotaBadge quota={quota} />
      </div>
    </div>
  );
}

export function RoomPage({ id }: { id: string }) {
  const t = useT();
  const [room, setRoom] = useState<Room | null>(null);
  const [items, setItems] = useState<ChatItem[]>([]);
  const [olderCursor, setOlderCursor] = useState<string | null>(null);
  const [quota, setQuota] = useState<Quota | null>(null);
  const [load, setLoad] = useState<'loading' | 'ready' | 'not_found' | 'error'>('loading');
  const [loadError, setLoadError] = useState('');
  const [olderLoading, setOlderLoading] = useState(false);
  const [olderError, setOlderError] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [banner, setBanner] = useState<Banner>(null);
  const [announce, setAnnounce] = useState('');
  const [kind, setKind] = useState<PickKind | null>(null);

  const listRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const stick = useRef(true);
  const keepFrom = useRef<number | null>(null);

  useTitle(room ? roomName(room) : t('rooms.title'));

  function applyQuota(q: Quota | undefined | null) {
    if (!q) return;
    setQuota(q);
    updateQuota(q);
  }

  async function fetchRoom() {
    setLoad('loading');
    setLoadError('');
    try {
      const detail = await getRoom(id);
      setRoom(detail.chat);
      setItems(detail.messages ?? []);
      setOlderCursor(detail.next_cursor ?? null);
      applyQuota(detail.quota);
      stick.current = true;
      setLoad('ready');
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) setLoad('not_found');
      else {
        setLoadError(errorsFrom(err).message);
        setLoad('error');
      }
    }
  }

  useEffect(() => {
    setItems([]);
    setRoom(null);
    setBanner(null);
    void fetchRoom();
  }, [id]);

  async function loadOlder() {
    if (!olderCursor || olderLoading) return;
    setOlderLoading(true);
    setOlderError(null);
    try {
      const page = await getRoom(id, olderCursor);
      const el = listRef.current;
      keepFrom.current = el ? el.scrollHeight - el.scrollTop : null;
      stick.current = false;
      setItems((cur) => {
        const seen = new Set(cur.map((m) => m.id));
        return [...(page.messages ?? []).filter((m) => !seen.has(m.id)), ...cur];
      });
      setOlderCursor(page.next_cursor ?? null);
    } catch (err) {
      setOlderError(errorsFrom(err).message);
    } finally {
      setOlderLoading(false);
    }
  }

  // Keep the view pinned to the newest message, or steady when older ones are prepended.
  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el) return;
    if (keepFrom.current !== null) {
      el.scrollTop = el.scrollHeight - keepFrom.current;
      keepFrom.current = null;
    } else if (stick.current) {
      el.scrollTop = el.scrollHeight;
    }
    // The banners above the composer shrink the list: they are in the deps for that reason.
  }, [items, sending, load, banner, quota]);

  // Stay pinned when the list itself changes size (phone keyboard, window resize).
  const hasRoom = room !== null;
  useEffect(() => {
    const el = listRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const ro = new ResizeObserver(() => {
      if (stick.current) el.scrollTop = el.scrollHeight;
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [hasRoom]);

  // The composer grows with its text, up to a limit set in CSS.
  useLayoutEffect(() => {
    const el = inputRef.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight}px`;
  }, [draft]);

  async function send(content: string, clientId: string, retryOf: ChatItem | null, askKind: PickKind | null) {
    setSending(true);
    setBanner(null);
    setDraftError(null);
    stick.current = true;
    const localId = retryOf?.id ?? `local-${clientId}`;
    if (retryOf) {
      setItems((cur) => cur.map((m) => (m.id === localId ? { ...m, local: 'sending' } : m)));
    } else {
      const local: ChatItem = {
        id: localId,
        is_user: true,
        content,
        suggestions: [],
        status: 'answered',
        created_at: new Date().toISOString(),
        local: 'sending',
        client_message_id: clientId,
        ...(askKind ? { kind: askKind } : {}),
      };
      setItems((cur) => [...cur, local]);
    }
    try {
      const res = await sendMessage(id, content, clientId, askKind);
      setItems((cur) => {
        const rest = cur.filter((m) => m.id !== localId && m.id !== res.user_message.id && m.id !== res.bot_message.id);
        const at = cur.findIndex((m) => m.id === localId || m.id === res.user_message.id);
        const before = at < 0 ? rest : rest.slice(0, at);
        const after = at < 0 ? [] : rest.slice(at);
        return [...before, res.user_message, res.bot_message, ...after];
      });
      applyQuota(res.quota);
      setAnnounce(t('room.announce', { text: announcement(res.bot_message) }));
    } catch (err) {
      const e = err instanceof ApiError ? err : null;
      const body = e?.body ?? null;
      applyQuota(body?.quota);
      if (e && (e.code === 'model_failed' || e.code === 'model_timeout' || e.status === 502 || e.status === 504)) {
        // The server kept the question as unanswered: show it with a retry button.
        const kept = body?.user_message;
        setItems((cur) =>
          cur.map((m) =>
            m.id === localId
              ? kept
                ? { ...kept, status: 'unanswered' }
                : { ...m, local: undefined, status: 'unanswered' }
              : m,
          ),
        );
        setBanner({ kind: e.code === 'model_timeout' || e.status === 504 ? 'timeout' : 'failed' });
      } else if (e && e.status === 429) {
        // Refused: nothing was stored. Give the text back unless this was a retry.
        if (retryOf) setItems((cur) => cur.map((m) => (m.id === localId ? { ...m, local: undefined } : m)));
        else {
          setItems((cur) => cur.filter((m) => m.id !== localId));
          setDraft((d) => d || content);
        }
        const q = body?.quota ?? (quota ? { ...quota, remaining: 0, used: quota.limit } : null);
        applyQuota(q);
        if (!limitReached(q)) setBanner({ kind: 'error', message: e.message });
      } else if (e && (e.status === 400 || e.status === 413)) {
        if (retryOf) setItems((cur) => cur.map((m) => (m.id === localId ? { ...m, local: 'failed' } : m)));
        else {
          setItems((cur) => cur.filter((m) => m.id !== localId));
          setDraft((d) => d || content);
        }
        setDraftError(e.fields.content ?? e.message);
      } else if (e && e.status === 404) {
        setLoad('not_found');
      } else {
        // Never reached the server (or no answer we understand): keep it locally to retry.
        setItems((cur) => cur.map((m) => (m.id === localId ? { ...m, local: 'failed' } : m)));
        setBanner({ kind: 'error', message: errorsFrom(err).message });
      }
    } finally {
      setSending(false);
    }
  }

  function submit() {
    const content = draft.trim();
    if (isBlank(content) || sending) return;
    if (charLength(content) > MAX_CONTENT_LEN) {
      setDraftError(t('v.tooLong', { max: MAX_CONTENT_LEN }));
      return;
    }
    setDraft('');
    void send(content, uuid(), null, kind);
    inputRef.current?.focus();
  }

  /** "More like this": a normal send (one question) asking for variations of a name. */
  function more(s: Suggestion, answer: ChatItem) {
    if (sending) return;
    // The kind of the question that got this answer, when it was a boolean chip.
    const at = items.findIndex((m) => m.id === answer.id);
    const asked = items.slice(0, Math.max(at, 0)).reverse().find((m) => m.is_user)?.kind;
    const askKind: PickKind = asked === 'boolean' && s.kind === 'variable' ? 'boolean' : s.kind;
    void send(t('chatx.moreQuestion', { name: s.name }), uuid(), null, askKind);
  }

  function retry(item: ChatItem) {
    if (sending) return;
    // The server returns client_message_id on every user message, including the kept one of a 502/504.
    void send(item.content, item.client_message_id ?? item.id, item, item.kind ?? null);
  }

  if (load === 'not_found') {
    return (
      <div class="container narrow page">
        <h1 id="page-title" class="sr-only" tabIndex={-1}>
          {t('room.notFoundTitle')}
        </h1>
        <EmptyState title={t('room.notFoundTitle')} body={t('room.notFoundBody')}>
          <Link href="/chat" class="btn btn-primary">
            {t('room.back')}
          </Link>
        </EmptyState>
      </div>
    );
  }

  if (!room) {
    return (
      <div class="container narrow page">
        <h1 id="page-title" class="sr-only" tabIndex={-1}>
          {t('rooms.title')}
        </h1>
        {load === 'error' ? <ErrorState message={loadError} onRetry={fetchRoom} /> : <Loading />}
      </div>
    );
  }

  const limited = limitReached(quota);
  const count = charLength(draft);

  return (
    <div class="room">
      <ChatHeader room={room} quota={quota} onRenamed={setRoom} />
      <div
        class="room-scroll"
        ref={listRef}
        onScroll={(e) => {
          const el = e.currentTarget;
          stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
        }}
      >
        <div class="container room-body">
          {olderCursor && (
            <div class="center older">
              <button type="button" class="btn btn-ghost btn-small" onClick={loadOlder} disabled={olderLoading}>
                {olderLoading ? t('common.loading') : t('room.olderLoad')}
              </button>
            </div>
          )}
          {olderError && <ErrorState message={olderError} onRetry={loadOlder} />}
          {items.length === 0 && !sending ? (
            <EmptyState title={t('room.emptyTitle')} body={t('room.emptyBody')} icon={<LogoMark size={44} />}>
              <div class="examples">
                {(['room.example1', 'room.example2', 'room.example3'] as const).map((k) => (
                  <button
                    key={k}
                    type="button"
                    class="chip chip-button"
                    onClick={() => {
                      setDraft(t(k));
                      inputRef.current?.focus();
                    }}
                  >
                    {t(k)}
                  </button>
                ))}
              </div>
            </EmptyState>
          ) : (
            <ul class="messages" aria-label={t('room.messages')}>
              {items.map((m) => (
                <MessageItem key={m.id} item={m} onRetry={retry} retrying={sending} onMore={more} moreDisabled={sending || limited} />
              ))}
              {sending && (
                <li class="msg msg-bot msg-thinking">
                  <div class="avatar" aria-hidden="true">
                    <LogoMark size={32} />
                  </div>
                  <div class="msg-stack">
                    <div class="bubble bubble-bot">
                      <span class="typing" aria-hidden="true">
                        <span />
                        <span />
                        <span />
                      </span>
                      <span class="typing-text">{t('room.thinking')}</span>
                    </div>
                  </div>
                </li>
              )}
            </ul>
          )}
        </div>
      </div>
      <div class="room-foot">
        <div class="container">
          {limited && quota && (
            <Alert tone="warning" title={t('room.limitTitle', { limit: quota.limit })}>
              {t('room.limitBody', { time: formatClock(quota.resets_at) })}
            </Alert>
          )}
          {banner && banner.kind !== 'error' && (
            <Alert tone="error" title={banner.kind === 'timeout' ? t('room.timeoutTitle') : t('room.failedTitle')}>
              {t('room.failedBody')}
            </Alert>
          )}
          {banner && banner.kind === 'error' && <Alert tone="error">{banner.message}</Alert>}
          <form
            class={`composer${draftError ? ' composer-invalid' : ''}`}
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <label for="composer-input" class="sr-only">
              {t('field.message')}
            </label>
            <textarea
              id="composer-input"
              ref={inputRef}
              class="composer-input"
              rows={1}
              maxLength={MAX_CONTENT_LEN * 2}
              value={draft}
              placeholder={limited ? t('room.placeholderLimit') : t('room.placeholder')}
              aria-describedby={draftError ? 'composer-error' : 'composer-hint'}
              aria-invalid={draftError ? 'true' : undefined}
              onInput={(e) => {
                setDraft(e.currentTarget.value);
                if (draftError) setDraftError(null);
              }}
              onKeyDown={(e) => {
                // Enter sends; Shift+Enter keeps a newline; never while an IME is composing (Korean).
                if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
                  e.preventDefault();
                  if (!limited) submit();
                }
              }}
            />
            <button
              type="submit"
              class="btn btn-primary composer-send"
              aria-label={t('room.send')}
              disabled={sending || limited || isBlank(draft)}
            >
              <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
                <path d="M3.5 10h11M10 4.5l5.5 5.5-5.5 5.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
              </svg>
              <span class="composer-send-text">{t('room.send')}</span>
            </button>
          </form>
          <div class="composer-foot">
            {draftError ? (
              <span id="composer-error" class="field-error">
                {draftError}
              </span>
            ) : (
              <span id="composer-hint">{t('room.hint')}</span>
            )}
            <span class={count > MAX_CONTENT_LEN ? 'composer-count over' : 'composer-count'}>
              {t('common.chars', { n: count, max: MAX_CONTENT_LEN })}
            </span>
          </div>
          <KindChips value={kind} onChange={setKind} disabled={limited} />
        </div>
      </div>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announce}
      </div>
    </div>
  );
}
