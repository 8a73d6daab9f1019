/** Wire types of the namebot API (as the server's pkg/httpapi writes them); snake_case as sent. */

export interface Quota {
  limit: number;
  used: number;
  remaining: number;
  /** RFC 3339 UTC; the next midnight in Asia/Seoul. */
  resets_at: string;
}

export interface TokenResponse {
  access_token: string;
  refresh_token: string;
  token_type: string;
  expires_in: number;
}

export interface SignupResult {
  id: string;
  email: string;
  nickname: string;
}

export interface Profile {
  id: string;
  email: string;
  nickname: string;
  is_manager: boolean;
  created_at: string;
  quota: Quota;
  /** False for an account made by a GitHub/Kakao sign-in until it creates a password. */
  email_login?: boolean;
  linked_providers?: string[];
}

export interface ProfileUpdate {
  nickname?: string;
  current_password?: string;
  new_password?: string;
  new_password2?: string;
}

export interface Room {
  id: string;
  language: string;
  convention: string;
  title: string;
  created_at: string;
  updated_at: string;
}

export interface NewRoom {
  language: string;
  convention?: string;
  title?: string;
}

export type SuggestionKind = 'function' | 'variable' | 'constant' | 'class';

export interface Suggestion {
  kind: SuggestionKind;
  name: string;
  reason: string;
}

export interface Message {
  id: string;
  is_user: boolean;
  content: string;
  suggestions: Suggestion[] | null;
  status: 'answered' | 'unanswered';
  created_at: string;
  /** Sent by the server beyond the written contract; reused for retries. */
  client_message_id?: string;
  /** Sent by the server beyond the written contract: the offline suggester answered. */
  offline?: boolean;
  /** User messages: the kind picked with a chip, when one was. */
  kind?: PickKind;
}

/** The kinds a question can ask for with a chip (POST /api/chat/{chatId} `kind`). */
export type PickKind = 'function' | 'variable' | 'boolean' | 'constant' | 'class';

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

export interface RoomDetail {
  chat: Room;
  messages: Message[];
  /** Cursor for OLDER messages. */
  next_cursor: string | null;
  quota: Quota;
}

export interface SendResult {
  user_message: Message;
  bot_message: Message;
  quota: Quota;
}

export type ErrorCode =
  | 'invalid'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'rate_limited'
  | 'model_failed'
  | 'model_timeout'
  | 'unavailable'
  | 'internal'
  | 'network';

/** The error envelope; chat sends add quota and, on 502/504, the kept user message. */
export interface ErrorBody {
  error?: { code?: string; message?: string; fields?: Record<string, string> };
  quota?: Quota;
  user_message?: Message;
}

export type PostCategory = 'notice' | 'question' | 'chat';

export interface Post {
  id: string;
  title: string;
  content: string;
  category: PostCategory;
  author: { id: string; nickname: string };
  image_url: string | null;
  view_count: number;
  created_at: string;
  updated_at: string;
}

export interface NewPost {
  title: string;
  content: string;
  category: PostCategory;
  image_key?: string;
}

/** PATCH /api/board/{id}: only what changed; image_key null removes the image. */
export interface PostUpdate {
  title?: string;
  content?: string;
  category?: PostCategory;
  image_key?: string | null;
}

export interface ImageUpload {
  url: string;
  method: string;
  headers: Record<string, string>;
  key: string;
}
