import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** Shown on the confirm button while the action runs. */
  busyLabel?: string;
  busy?: boolean;
  error?: string | null;
  danger?: boolean;
  /** Where focus goes on close when the control that opened the dialog is gone (a deleted row). */
  fallbackFocus?: () => HTMLElement | null;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A modal question built on `<dialog>`: the browser makes the page behind it inert, keeps focus
 * inside, and closes it on Escape. Mount it to open it; unmount it to close it.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  busyLabel,
  busy = false,
  error,
  danger = false,
  fallbackFocus,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const fallbackRef = useRef(fallbackFocus);
  const titleId = useId();

  useLayoutEffect(() => {
    fallbackRef.current = fallbackFocus;
  });
  const bodyId = useId();

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    // The safe answer has focus first, so a stray Enter never deletes anything.
    cancelRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // After the commit that removed the dialog, so a row deleted in the same render counts as gone.
      requestAnimationFrame(() => {
        const target = opener?.isConnected ? opener : (fallbackRef.current?.() ?? null);
        target?.focus();
      });
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onKeyDown={(event) => {
        // <dialog> lets Tab leave for the browser's own toolbar; keep it cycling inside instead.
        if (event.key !== 'Tab') return;
        const buttons = [
          ...event.currentTarget.querySelectorAll<HTMLElement>('button:not(:disabled)'),
        ];
        const first = buttons[0];
        const last = buttons[buttons.length - 1];
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last?.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first?.focus();
        }
      }}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
      onClose={() => {
        // Reached when the browser closes the dialog itself (a repeated Escape).
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div id={bodyId} className="dialog__body">
        {children}
      </div>
      {error ? (
        <p role="alert" className="dialog__error">
          {error}
        </p>
      ) : null}
      <div className="dialog__actions">
        <button ref={cancelRef} type="button" className="button" onClick={onCancel} disabled={busy}>
          {cancelLabel}
        </button>
        <button
          type="button"
          className={danger ? 'button button--danger' : 'button button--primary'}
          onClick={onConfirm}
          disabled={busy}
        >
          {busy && busyLabel ? busyLabel : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
