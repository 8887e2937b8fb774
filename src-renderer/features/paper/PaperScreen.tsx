import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { PageHeading } from '../../components/PageHeading';
import { hrefFor } from '../../router/routes';
import { useAppStore } from '../../store';
import { errorMessage } from '../../store/workshops-slice';
import { bytesFromBase64, downloadBlob } from '../report/download';
import { KeySheetForm } from './KeySheetForm';
import { PaperSheetEntry } from './PaperSheetEntry';
import './paper.css';

/**
 * `#/workshops/<id>/paper`: paper answer sheets for a room without phones or a laptop to pass
 * round. The facilitator chooses the sections, downloads one sheet per participant, and later keys
 * each sheet back in, in the sheet's own order, one participant at a time.
 */
export function PaperScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const workshop = useAppStore((state) => state.workshopById[id]);
  const participants = useAppStore((state) => state.participantsByWorkshop[id]);
  const sections = useAppStore((state) => state.paperSections[id]);
  const sheet = useAppStore((state) => state.paperSheet);
  const loadWorkshop = useAppStore((state) => state.loadWorkshop);
  const loadParticipants = useAppStore((state) => state.loadParticipants);
  const loadPaperSections = useAppStore((state) => state.loadPaperSections);
  const closePaperSheet = useAppStore((state) => state.closePaperSheet);
  const [failure, setFailure] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const keyRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    closePaperSheet();
    Promise.all([loadWorkshop(id), loadParticipants(id), loadPaperSections(id)]).catch(
      (error: unknown) => setFailure(errorMessage(error)),
    );
    return () => closePaperSheet();
  }, [id, loadWorkshop, loadParticipants, loadPaperSections, closePaperSheet]);

  const selected =
    chosen ?? (sections ?? []).filter((section) => section.byDefault).map((section) => section.id);
  const title = workshop ? t('paper.title', { title: workshop.title }) : t('paper.titleLoading');
  const open = sheet && workshop ? sheet : null;

  return (
    <div className="screen paper-screen">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'workshop', id })}>
          {workshop ? t('paper.backTo', { title: workshop.title }) : t('common.backToWorkshops')}
        </a>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {failure ? (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      ) : null}
      {open ? (
        <PaperSheetEntry
          workshopId={id}
          sheet={open}
          onNext={() => {
            closePaperSheet();
            // The next sheet starts where the last one did: at its code.
            setTimeout(() => keyRef.current?.focus(), 0);
          }}
        />
      ) : (
        <div className="paper-layout">
          <PreparePanel
            workshopId={id}
            selected={selected}
            onSelect={setChosen}
            people={participants?.length ?? 0}
            onStartKeying={() => keyRef.current?.focus()}
          />
          <KeySheetForm workshopId={id} sectionIds={selected} codeRef={keyRef} />
        </div>
      )}
    </div>
  );
}

function PreparePanel({
  workshopId,
  selected,
  onSelect,
  people,
  onStartKeying,
}: {
  workshopId: string;
  selected: string[];
  onSelect: (ids: string[]) => void;
  people: number;
  onStartKeying: () => void;
}) {
  const { t } = useTranslation();
  const sections = useAppStore((state) => state.paperSections[workshopId]);
  const announce = useAppStore((state) => state.announce);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [doubleSided, setDoubleSided] = useState(false);
  const statements = (sections ?? [])
    .filter((section) => selected.includes(section.id))
    .reduce((sum, section) => sum + section.statements, 0);

  async function download() {
    setBusy(true);
    setFailure(null);
    try {
      const made = await api.call('paper:sheets', {
        workshopId,
        sectionIds: selected,
        doubleSided,
      });
      downloadBlob(
        made.filename,
        new Blob([bytesFromBase64(made.base64)], { type: 'application/pdf' }),
      );
      announce(t('paper.prepare.downloaded', { name: made.filename }));
    } catch (error) {
      setFailure(t('paper.prepare.failed', { detail: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card paper-prepare" aria-labelledby="paper-prepare-title">
      <h2 id="paper-prepare-title" className="card__title">
        {t('paper.prepare.title')}
      </h2>
      <p className="muted">{t('paper.prepare.hint')}</p>
      <fieldset className="field paper-prepare__sections">
        <legend className="field__label">{t('paper.prepare.sections')}</legend>
        {(sections ?? []).map((section) => (
          <label key={section.id} className="paper-prepare__section">
            <input
              type="checkbox"
              checked={selected.includes(section.id)}
              onChange={(event) =>
                onSelect(
                  event.target.checked
                    ? [...selected, section.id]
                    : selected.filter((other) => other !== section.id),
                )
              }
            />
            <span>{section.title}</span>
            <span className="muted">
              {t('paper.prepare.statements', { count: section.statements })}
            </span>
          </label>
        ))}
      </fieldset>
      <label className="paper-prepare__section paper-prepare__duplex">
        <input
          type="checkbox"
          checked={doubleSided}
          onChange={(event) => setDoubleSided(event.target.checked)}
          aria-describedby="paper-duplex-hint"
        />
        <span>
          {t('paper.prepare.doubleSided')}
          <span id="paper-duplex-hint" className="field__hint">
            {t('paper.prepare.doubleSidedHint')}
          </span>
        </span>
      </label>
      <p className="paper-prepare__summary">
        {t('paper.prepare.summary', {
          statements: t('paper.prepare.statements', { count: statements }),
          people: t('paper.prepare.people', { count: people }),
        })}
      </p>
      {selected.length === 0 ? (
        <p className="field__error">{t('paper.prepare.noSections')}</p>
      ) : null}
      {people === 0 ? <p className="field__error">{t('paper.prepare.noParticipants')}</p> : null}
      {failure ? (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="paper-prepare__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy || selected.length === 0 || people === 0}
          onClick={() => void download()}
        >
          {busy ? t('paper.prepare.downloading') : t('paper.prepare.download')}
        </button>
        <button type="button" className="button" onClick={onStartKeying} disabled={people === 0}>
          {t('paper.prepare.startKeying')}
        </button>
      </div>
    </section>
  );
}
