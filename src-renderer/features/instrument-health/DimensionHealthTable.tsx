import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/workshop';
import {
  alphaReading,
  isLowItemRest,
  type FactorHealth,
  type StatementHealth,
} from '../../../shared/instrument-health';
import { factorLabel, itemById, type Factor, type Instrument } from '../../../shared/instrument';
import type { HealthFormat } from './health-format';

interface TableProps {
  instrument: Instrument;
  dimensionName: string;
  factors: readonly FactorHealth[];
  language: Language;
  format: HealthFormat;
}

/** One dimension: a row per factor (alpha, its reading, people), then its statements' figures. */
export function DimensionHealthTable({
  instrument,
  dimensionName,
  factors,
  language,
  format,
}: TableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table health-table">
        <caption className="visually-hidden">
          {t('instrumentHealth.tableCaption', { dimension: dimensionName })}
        </caption>
        <colgroup>
          <col className="health-table__col-text" />
          <col span={6} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('instrumentHealth.colStatement')}</th>
            <th scope="col" className="numeric">
              {t('instrumentHealth.colAlpha')}
            </th>
            <th scope="col" className="health-table__reading">
              {t('instrumentHealth.colReading')}
            </th>
            <th scope="col" className="numeric">
              {t('instrumentHealth.colPeople')}
            </th>
            <th scope="col" className="numeric">
              {t('instrumentHealth.colWorkshops')}
            </th>
            <th scope="col" className="numeric">
              {t('instrumentHealth.colItemRest')}
            </th>
            <th scope="col" className="numeric">
              {t('instrumentHealth.colAlphaWithout')}
            </th>
          </tr>
        </thead>
        {factors.map((factor) => (
          <FactorRows
            key={factor.factor}
            factor={factor}
            name={factorLabel(instrument, factor.factor as Factor, language)}
            instrument={instrument}
            language={language}
            format={format}
          />
        ))}
      </table>
    </div>
  );
}

function FactorRows({
  factor,
  name,
  instrument,
  language,
  format,
}: {
  factor: FactorHealth;
  name: string;
  instrument: Instrument;
  language: Language;
  format: HealthFormat;
}) {
  const { t } = useTranslation();
  const reading = factor.alpha === null ? null : alphaReading(factor.alpha);
  return (
    // One tbody per factor, so a factor and its statements read as one group.
    <tbody className="health-table__factor">
      <tr className="health-table__factor-row">
        <th scope="rowgroup">{name}</th>
        <td className="numeric health-table__alpha">
          {factor.alpha === null ? <span className="muted">–</span> : format.figure(factor.alpha)}
        </td>
        <td className="health-table__reading">
          {reading ? (
            <span className={`health-reading health-reading--${reading}`}>
              {t(`instrumentHealth.reading.${reading}`)}
            </span>
          ) : (
            <span className="muted">
              {t(`instrumentHealth.withheld.${factor.withheld ?? 'no_variance'}`, {
                more: format.count(factor.morePeopleNeeded),
              })}
            </span>
          )}
        </td>
        <td className="numeric">
          {format.count(factor.n)}
          {factor.answered > factor.n ? (
            <span className="health-table__of">
              {t('instrumentHealth.ofAnswered', { count: format.count(factor.answered) })}
            </span>
          ) : null}
        </td>
        <td className="numeric">{format.count(factor.workshops)}</td>
        <td />
        <td />
      </tr>
      {factor.alpha === null
        ? null
        : factor.items.map((statement) => (
            <StatementRow
              key={statement.id}
              statement={statement}
              text={itemById(instrument, statement.id)?.text[language] ?? statement.id}
              format={format}
            />
          ))}
    </tbody>
  );
}

function StatementRow({
  statement,
  text,
  format,
}: {
  statement: StatementHealth;
  text: string;
  format: HealthFormat;
}) {
  const { t } = useTranslation();
  const low = statement.itemRest !== null && isLowItemRest(statement.itemRest);
  return (
    <tr className={low ? 'health-table__statement is-low' : 'health-table__statement'}>
      <td>
        <span className="health-table__statement-text">{text}</span>
        {statement.keyed === 'health' ? (
          <span className="health-table__reversed" title={t('instrumentHealth.reversedHint')}>
            {t('instrumentHealth.reversed')}
          </span>
        ) : null}
        {low ? <span className="health-flag">{t('instrumentHealth.lowItemRest')}</span> : null}
      </td>
      <td />
      <td />
      <td className="numeric">{format.count(statement.n)}</td>
      <td />
      <td className="numeric">
        {statement.itemRest === null ? (
          <span className="muted">–</span>
        ) : (
          format.figure(statement.itemRest)
        )}
      </td>
      <td className="numeric">
        {statement.alphaIfDeleted === null ? (
          <span className="muted">–</span>
        ) : (
          format.figure(statement.alphaIfDeleted)
        )}
      </td>
    </tr>
  );
}
