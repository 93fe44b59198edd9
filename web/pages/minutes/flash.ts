// A one-time message carried from one view of the minutes to the next (after sending, the editor
// gives way to the confirmation view, which says what happened).

let pending: string | null = null;

export function setFlash(message: string): void {
  pending = message;
}

export function takeFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}
