import { client } from './client';
import type { NewRoom, Page, PickKind, Room, RoomDetail, SendResult } from './types';

/** /api/chat: rooms and messages. */

function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function listRooms(cursor?: string | null, limit = 20) {
  return client.get<Page<Room>>(`/api/chat${query({ cursor, limit })}`);
}

export function createRoom(body: NewRoom) {
  return client.post<Room>('/api/chat', body);
}

export function getRoom(id: string, cursor?: string | null) {
  return client.get<RoomDetail>(`/api/chat/${encodeURIComponent(id)}${query({ cursor })}`);
}

export function deleteRoom(id: string) {
  return client.del(`/api/chat/${encodeURIComponent(id)}`);
}

/** Renames a room (owner only). */
export function renameRoom(id: string, title: string) {
  return client.patch<Room>(`/api/chat/${encodeURIComponent(id)}`, { title });
}

/** Sends a question; reuse clientMessageId (and the kind) when retrying the same message. */
export function sendMessage(id: string, content: string, clientMessageId: string, kind?: PickKind | null) {
  return client.post<SendResult>(`/api/chat/${encodeURIComponent(id)}`, {
    content,
    client_message_id: clientMessageId,
    ...(kind ? { kind } : {}),
  });
}
