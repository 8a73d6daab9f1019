import { createStore } from './store';

/** Short notices ("로그아웃했어요") announced politely and gone after a few seconds. */
export interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'success' | 'error';
}

export const toastStore = createStore<Toast[]>([]);
let nextId = 1;

export function showToast(text: string, tone: Toast['tone'] = 'success', ms = 4000): void {
  const id = nextId++;
  toastStore.set([...toastStore.get(), { id, text, tone }]);
  setTimeout(() => dismissToast(id), ms);
}

export function dismissToast(id: number): void {
  toastStore.set(toastStore.get().filter((x) => x.id !== id));
}
