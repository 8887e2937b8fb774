import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor, RESULTS_TABS, type ResultsTab } from '../../router/routes';

export const tabId = (tab: ResultsTab) => `results-tab-${tab}`;
export const panelId = (tab: ResultsTab) => `results-panel-${tab}`;

/** Shows a tab by its URL, replacing the entry so Back leaves the results rather than each tab. */
function showTab(workshopId: string, tab: ResultsTab): void {
  window.location.replace(hrefFor({ name: 'workshop-results', id: workshopId, tab }));
}

/**
 * The results' tabs (WAI-ARIA tabs, activation follows focus): one tab stop, arrows, Home and End
 * move between tabs, and the URL hash keeps the open one so a reload or a shared link returns to it.
 */
export function ResultsTabs({
  workshopId,
  active,
  children,
}: {
  workshopId: string;
  active: ResultsTab;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const firstTab = useRef(true);

  useEffect(() => {
    if (firstTab.current) {
      firstTab.current = false;
      return;
    }
    // Opened from far down a long tab, the new one would show its middle under the stuck tabs:
    // bring its start up to just below them.
    const panel = panelRef.current;
    const list = listRef.current;
    if (panel && list && panel.getBoundingClientRect().top < list.getBoundingClientRect().bottom) {
      panel.scrollIntoView({ block: 'start' });
    }
  }, [active]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = RESULTS_TABS.indexOf(active);
    const last = RESULTS_TABS.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % RESULTS_TABS.length
        : event.key === 'ArrowLeft'
          ? (index + last) % RESULTS_TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const tab = RESULTS_TABS[next] ?? 'summary';
    showTab(workshopId, tab);
    listRef.current?.querySelector<HTMLElement>(`#${tabId(tab)}`)?.focus();
  }

  return (
    <>
      <div
        ref={listRef}
        role="tablist"
        aria-label={t('results.tabs.label')}
        className="results-tabs"
        onKeyDown={onKeyDown}
      >
        {RESULTS_TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={tabId(tab)}
            aria-selected={tab === active}
            // Only the open tab's panel is in the page; a reference to a missing one is invalid.
            aria-controls={tab === active ? panelId(tab) : undefined}
            tabIndex={tab === active ? 0 : -1}
            className="results-tabs__tab"
            onClick={() => showTab(workshopId, tab)}
          >
            {t(`results.tabs.${tab}`)}
          </button>
        ))}
      </div>
      <div
        ref={panelRef}
        role="tabpanel"
        id={panelId(active)}
        aria-labelledby={tabId(active)}
        tabIndex={0}
        className="results-tabpanel"
      >
        {children}
      </div>
    </>
  );
}
