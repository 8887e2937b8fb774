import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import './archive.css';

interface ArchiveDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  error?: string | null;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A modal form on `<dialog>` for the archive steps (passphrase, duplicate question, failure).
 * Unlike the yes/no ConfirmDialog it holds fields: focus starts in the first one and Enter submits.
 */
export function ArchiveDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  busy = false,
  error,
  onConfirm,
  onCancel,
}: ArchiveDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('input, .archive-dialog__confirm')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      requestAnimationFrame(() => {
        if (opener?.isConnected) opener.focus();
      });
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="dialog archive-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onConfirm();
        }}
      >
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <div className="archive-dialog__body">{children}</div>
        {error ? (
          <p role="alert" className="dialog__error">
            {error}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            {cancelLabel}
          </button>
          <button
            type="submit"
            className="button button--primary archive-dialog__confirm"
            disabled={busy}
          >
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
