import { useEffect } from 'react';
import { useAppStore } from '../store';

const VISIBLE_MS = 6000;

/** Short confirmations ("Workshop deleted"): a polite live region that is also seen on screen. */
export function Announcer() {
  const announcement = useAppStore((state) => state.announcement);
  const dismiss = useAppStore((state) => state.dismissAnnouncement);

  useEffect(() => {
    if (!announcement) return;
    const timer = window.setTimeout(() => dismiss(announcement.id), VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [announcement, dismiss]);

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {announcement ? (
        <p key={announcement.id} className="toast">
          {announcement.text}
        </p>
      ) : null}
    </div>
  );
}
