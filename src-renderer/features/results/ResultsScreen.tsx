import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoreResult } from '../../../shared/scoring';
import { DebtMap, FactorHeatmap, FactorWeb } from '../../charts';
import { PageHeading } from '../../components/PageHeading';
import { hrefFor, type ResultsTab } from '../../router/routes';
import { useAppStore } from '../../store';
import type { WorkshopResults } from '../../store/results-slice';
import { LoadFailure } from '../workshops/WorkshopFormScreen';
import { ClientStatementsSection } from './ClientStatementsSection';
import { ConvergenceSection } from './ConvergenceSection';
import { DimensionsSection } from './DimensionsSection';
import { EvidenceSection } from './EvidenceSection';
import { ExportWorkshopFileButton } from './ExportWorkshopFileButton';
import { FindingsList } from './FindingsList';
import {
  ImportWorkshopButton,
  ImportWorkshopProblem,
  useWorkshopImport,
} from './ImportWorkshopFile';
import { ResultsHeadline } from './ResultsHeadline';
import { instrumentOf } from '../../../shared/instrument';
import { InstrumentProvider } from '../../charts/instrument-context';
import { HowSure } from './HowSure';
import { ResultsTabs } from './ResultsTabs';
import { RoomBelowThreshold } from './RoomBelowThreshold';
import { WhatToDoFirst } from './WhatToDoFirst';
import './results.css';

/** How many findings the summary gives before "all findings": the three that matter most. */
const TOP_FINDINGS = 3;

/** Whether anything at all has been entered: an answer (even "can't say") or an evidence entry. */
export function hasAnyAnswers(result: ScoreResult): boolean {
  return (
    result.n.responses + result.n.cantSay > 0 ||
    result.evidence.realityCheck.entries > 0 ||
    result.evidence.decisions.entries > 0
  );
}

/** `#/workshops/<id>/results[/<tab>]`: the scored workshop, its summary first and the detail in tabs. */
export function ResultsScreen({ id, tab = 'summary' }: { id: string; tab?: ResultsTab }) {
  const { t } = useTranslation();
  const workshop = useAppStore((state) => state.workshopById[id]);
  const results = useAppStore((state) => state.resultsByWorkshop[id]);
  const loadWorkshop = useAppStore((state) => state.loadWorkshop);
  const loadResults = useAppStore((state) => state.loadResults);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [fresh, setFresh] = useState(false);

  useEffect(() => {
    let current = true;
    Promise.all([loadWorkshop(id), loadResults(id)])
      .then(() => current && setFresh(true))
      .catch((error: unknown) => current && setFailure({ error }));
    return () => {
      current = false;
    };
  }, [id, loadWorkshop, loadResults]);

  const title = workshop
    ? t('results.pageTitle', { title: workshop.title })
    : t('results.pageTitleLoading');

  return (
    <div className="screen results">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'workshop', id })}>{t('common.backToWorkshop')}</a>
      </p>
      <div className="screen__header">
        <div>
          <PageHeading title={title}>{title}</PageHeading>
          {workshop ? (
            <p className="screen__subtitle">
              {[workshop.client, workshop.team].filter(Boolean).join(' · ')}
            </p>
          ) : null}
        </div>
        {workshop && !failure ? <ExportWorkshopFileButton workshopId={id} /> : null}
      </div>

      {failure ? <LoadFailure error={failure.error} /> : null}
      {!failure && !fresh ? (
        <p role="status" className="muted">
          {results ? t('results.updating') : t('results.loading')}
        </p>
      ) : null}
      {results && !failure ? (
        !hasAnyAnswers(results.result) ? (
          <>
            <NoAnswers workshopId={id} />
            {/* The room may have answered only the client's own statements so far. */}
            <ClientStatementsSection
              workshopId={id}
              threshold={results.result.anonymityThreshold}
            />
          </>
        ) : results.result.roomWithheld ? (
          <RoomBelowThreshold result={results.result} workshopId={id} />
        ) : (
          <InstrumentProvider value={instrumentOf(results.result.instrumentVersion)}>
            <ResultsBody workshopId={id} results={results} tab={tab} />
          </InstrumentProvider>
        )
      ) : null}
    </div>
  );
}

/** The results as a story: a short summary first (how bad, why, what to do, how sure), the detail a tab away. */
function ResultsBody({
  workshopId,
  results,
  tab,
}: {
  workshopId: string;
  results: WorkshopResults;
  tab: ResultsTab;
}) {
  return (
    <ResultsTabs workshopId={workshopId} active={tab}>
      <ResultsPanel workshopId={workshopId} results={results} tab={tab} />
    </ResultsTabs>
  );
}

function ResultsPanel({
  workshopId,
  results,
  tab,
}: {
  workshopId: string;
  results: WorkshopResults;
  tab: ResultsTab;
}) {
  const { t } = useTranslation();
  const { result } = results;
  switch (tab) {
    case 'summary':
      return (
        <>
          <ResultsHeadline result={result} />
          <FindingsList
            results={results}
            top={TOP_FINDINGS}
            more={
              <p>
                <a href={hrefFor({ name: 'workshop-results', id: workshopId, tab: 'findings' })}>
                  {t('results.summary.allFindings', { count: result.findings.length })}
                </a>
              </p>
            }
          />
          <WhatToDoFirst workshopId={workshopId} />
          <HowSure result={result} />
          <p className="results-fingerprint">
            {t('results.fingerprint')} <code>{result.fingerprint.value}</code>
          </p>
          <ClientStatementsSection workshopId={workshopId} threshold={result.anonymityThreshold} />
        </>
      );
    case 'maps':
      return (
        <section aria-labelledby="results-maps-title">
          <h2 id="results-maps-title" className="results-section__title">
            {t('results.maps.title')}
          </h2>
          <div className="card">
            <DebtMap result={result} />
          </div>
        </section>
      );
    case 'web':
      return (
        <section aria-labelledby="results-web-title">
          <h2 id="results-web-title" className="results-section__title">
            {t('results.tabs.web')}
          </h2>
          <div className="card">
            <FactorWeb result={result} />
          </div>
        </section>
      );
    case 'dimensions':
      return <DimensionsSection result={result} />;
    case 'evidence':
      return <EvidenceSection results={results} />;
    case 'groups':
      return (
        <section aria-labelledby="results-groups-title">
          <h2 id="results-groups-title" className="results-section__title">
            {t('results.groups.title')}
          </h2>
          <div className="card">
            <p className="results-section__lead">
              {t('results.groups.k', { k: result.anonymityThreshold })}
            </p>
            <FactorHeatmap result={result} />
          </div>
        </section>
      );
    case 'convergence':
      return result.convergence.hasRound2 ? (
        <ConvergenceSection convergence={result.convergence} />
      ) : (
        <section aria-labelledby="results-convergence-none">
          <h2 id="results-convergence-none" className="results-section__title">
            {t('results.convergence.title')}
          </h2>
          <p className="muted">{t('results.convergence.none')}</p>
        </section>
      );
    case 'findings':
      return <FindingsList results={results} />;
  }
}

function NoAnswers({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const importer = useWorkshopImport();
  return (
    <>
      <ImportWorkshopProblem importer={importer} />
      <div className="empty-state empty-state--invite">
        <h2>{t('results.empty.title')}</h2>
        <p>{t('results.empty.text')}</p>
        <p className="results-empty__actions">
          <ImportWorkshopButton importer={importer} primary />
          <a className="button" href={hrefFor({ name: 'workshop', id: workshopId })}>
            {t('common.backToWorkshop')}
          </a>
        </p>
      </div>
    </>
  );
}
