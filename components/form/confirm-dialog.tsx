'use client';
// A confirmation before an irreversible step (issuing under a number, completing a pair,
// recording a withdrawal), saying what will happen. A native modal <dialog>: the browser
// traps focus, Esc cancels, and the page behind is inert; the safe choice has the focus.
import { useCallback, useEffect, useId, useRef, useState } from 'react';

export interface ConfirmRequest {
  title: string;
  /** What will happen, in a sentence or two: «Приказ получит номер 5-од и станет неизменяемым.» */
  message: string;
  /** The button that does it: «Издать». */
  confirmLabel: string;
}

/** `ask(request)` resolves true on the confirming button, false on «Отмена», Esc or closing. */
export function useConfirm(): { ask: (request: ConfirmRequest) => Promise<boolean>; dialog: React.ReactNode } {
  const ref = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState<(ConfirmRequest & { resolve: (ok: boolean) => void }) | null>(null);
  const titleId = useId();
  const textId = useId();

  const ask = useCallback((request: ConfirmRequest) => new Promise<boolean>((resolve) => setOpen({ ...request, resolve })), []);
  useEffect(() => {
    if (open && !ref.current?.open) ref.current?.showModal();
  }, [open]);

  const close = (ok: boolean) => {
    ref.current?.close();
    open?.resolve(ok);
    setOpen(null);
  };

  const dialog = open && (
    <dialog
      ref={ref}
      className="confirm"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(e) => {
        e.preventDefault();
        close(false);
      }}
    >
      <h2 id={titleId} className="minor">
        {open.title}
      </h2>
      <p id={textId}>{open.message}</p>
      <div className="row">
        <button type="button" onClick={() => close(true)}>
          {open.confirmLabel}
        </button>
        {/* Focus lands on the choice that changes nothing. */}
        { }
        <button type="button" className="secondary" autoFocus onClick={() => close(false)}>
          Отмена
        </button>
      </div>
    </dialog>
  );
  return { ask, dialog };
}
