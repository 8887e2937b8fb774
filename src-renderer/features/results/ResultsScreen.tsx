import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoreResult } from '../../../shared/scoring';
import { DebtMap, FactorHeatmap, FactorWeb } from '../../charts';
import { PageHeading } from '../../components/PageHeading';
import { hrefFor } from '../../router/routes';
import { useAppStore } from '../../store';
import type { WorkshopResults } from '../../store/results-slice';
import { LoadFailure } from '../workshops/WorkshopFormScreen';
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
import { RoomBelowThreshold } from './RoomBelowThreshold';
import './results.css';

/** Whether anything at all has been entered: an answer (even "can't say") or an evidence entry. */
export function hasAnyAnswers(result: ScoreResult): boolean {
  return (
    result.n.responses + result.n.cantSay > 0 ||
    result.evidence.realityCheck.entries > 0 ||
    result.evidence.decisions.entries > 0
  );
}

/** `#/workshops/<id>/results`: the scored workshop, from headline to fingerprint. */
export function ResultsScreen({ id }: { id: string }) {
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
          <NoAnswers workshopId={id} />
        ) : results.result.roomWithheld ? (
          <RoomBelowThreshold result={results.result} workshopId={id} />
        ) : (
          <InstrumentProvider value={instrumentOf(results.result.instrumentVersion)}>
            <ResultsBody results={results} />
          </InstrumentProvider>
        )
      ) : null}
    </div>
  );
}

function ResultsBody({ results }: { results: WorkshopResults }) {
  const { t } = useTranslation();
  const { result } = results;
  return (
    <>
      <ResultsHeadline result={result} />
      <FindingsList results={results} />

      <section aria-labelledby="results-maps-title">
        <h2 id="results-maps-title" className="results-section__title">
          {t('results.maps.title')}
        </h2>
        <div className="results-maps">
          <div className="card">
            <DebtMap result={result} />
          </div>
          <div className="card">
            <FactorWeb result={result} />
          </div>
        </div>
      </section>

      <DimensionsSection result={result} />

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

      <EvidenceSection results={results} />
      <ConvergenceSection convergence={result.convergence} />

      <p className="results-fingerprint">
        {t('results.fingerprint')} <code>{result.fingerprint.value}</code>
      </p>
    </>
  );
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
