/**
 * A button for one slow action: it says what is happening while busy, cannot be pressed twice,
 * and shows the failure beside it.
 */
export function BusyButton({
  label,
  busyLabel,
  hint,
  busy,
  error,
  onClick,
}: {
  label: string;
  busyLabel: string;
  hint: string;
  busy: boolean;
  error: string | null;
  onClick: () => void;
}) {
  return (
    <>
      <button type="button" className="button" disabled={busy} title={hint} onClick={onClick}>
        {busy ? busyLabel : label}
      </button>
      {error ? (
        <p role="alert" className="field__error">
          {error}
        </p>
      ) : null}
    </>
  );
}
