import type { Language } from '../../shared/domain/workshop';
import en from './locales/en.json';
import es from './locales/es.json';
import chartsEn from './locales/charts.en.json';
import chartsEs from './locales/charts.es.json';
import resultsEn from './locales/results.en.json';
import resultsEs from './locales/results.es.json';
import interventionsEn from './locales/interventions.en.json';
import interventionsEs from './locales/interventions.es.json';
import reportEn from './locales/report.en.json';
import reportEs from './locales/report.es.json';
import runEn from './locales/run.en.json';
import runEs from './locales/run.es.json';
import brandingEn from './locales/branding.en.json';
import brandingEs from './locales/branding.es.json';
import brandingDe from './locales/branding.de.json';
import brandingFr from './locales/branding.fr.json';
import paperEn from './locales/paper.en.json';
import paperEs from './locales/paper.es.json';
import paperDe from './locales/paper.de.json';
import paperFr from './locales/paper.fr.json';
import backupsEn from './locales/backups.en.json';
import backupsEs from './locales/backups.es.json';
import roomEn from './locales/room.en.json';
import roomEs from './locales/room.es.json';
import archiveEn from './locales/archive.en.json';
import archiveEs from './locales/archive.es.json';
import presentEn from './locales/present.en.json';
import presentEs from './locales/present.es.json';
import de from './locales/de.json';
import fr from './locales/fr.json';
import chartsDe from './locales/charts.de.json';
import chartsFr from './locales/charts.fr.json';
import resultsDe from './locales/results.de.json';
import resultsFr from './locales/results.fr.json';
import interventionsDe from './locales/interventions.de.json';
import interventionsFr from './locales/interventions.fr.json';
import reportDe from './locales/report.de.json';
import reportFr from './locales/report.fr.json';
import runDe from './locales/run.de.json';
import runFr from './locales/run.fr.json';
import backupsDe from './locales/backups.de.json';
import backupsFr from './locales/backups.fr.json';
import roomDe from './locales/room.de.json';
import roomFr from './locales/room.fr.json';
import archiveDe from './locales/archive.de.json';
import archiveFr from './locales/archive.fr.json';
import presentDe from './locales/present.de.json';
import presentFr from './locales/present.fr.json';
import templatesEn from './locales/templates.en.json';
import templatesEs from './locales/templates.es.json';
import templatesDe from './locales/templates.de.json';
import templatesFr from './locales/templates.fr.json';
import clientStatementsEn from './locales/clientStatements.en.json';
import clientStatementsEs from './locales/clientStatements.es.json';
import clientStatementsDe from './locales/clientStatements.de.json';
import clientStatementsFr from './locales/clientStatements.fr.json';
import instrumentHealthEn from './locales/instrument-health.en.json';
import instrumentHealthEs from './locales/instrument-health.es.json';
import instrumentHealthDe from './locales/instrument-health.de.json';
import instrumentHealthFr from './locales/instrument-health.fr.json';
import portfolioEn from './locales/portfolio.en.json';
import portfolioEs from './locales/portfolio.es.json';
import portfolioDe from './locales/portfolio.de.json';
import portfolioFr from './locales/portfolio.fr.json';

/**
 * Every message of the UI, per language. Each feature keeps its own locale files
 * (`<feature>.<lang>.json`, keys under the feature's name) so features can grow independently;
 * they are merged here into one `translation` namespace. Add a feature's file in every language's list.
 */
export type MessageTree = { [key: string]: string | MessageTree };

const parts: Record<Language, MessageTree[]> = {
  en: [
    en,
    chartsEn,
    resultsEn,
    interventionsEn,
    reportEn,
    runEn,
    backupsEn,
    roomEn,
    archiveEn,
    presentEn,
    templatesEn,
    clientStatementsEn,
    brandingEn,
    paperEn,
    instrumentHealthEn,
    portfolioEn,
  ],
  es: [
    es,
    chartsEs,
    resultsEs,
    interventionsEs,
    reportEs,
    runEs,
    backupsEs,
    roomEs,
    archiveEs,
    presentEs,
    templatesEs,
    clientStatementsEs,
    brandingEs,
    paperEs,
    instrumentHealthEs,
    portfolioEs,
  ],
  de: [
    de,
    chartsDe,
    resultsDe,
    interventionsDe,
    reportDe,
    runDe,
    backupsDe,
    roomDe,
    archiveDe,
    presentDe,
    templatesDe,
    clientStatementsDe,
    brandingDe,
    paperDe,
    instrumentHealthDe,
    portfolioDe,
  ],
  fr: [
    fr,
    chartsFr,
    resultsFr,
    interventionsFr,
    reportFr,
    runFr,
    backupsFr,
    roomFr,
    archiveFr,
    presentFr,
    templatesFr,
    clientStatementsFr,
    brandingFr,
    paperFr,
    instrumentHealthFr,
    portfolioFr,
  ],
};

function merge(target: MessageTree, source: MessageTree): MessageTree {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'object' && typeof existing === 'object') merge(existing, value);
    else if (existing !== undefined) throw new Error(`Message key "${key}" is defined twice`);
    else target[key] = typeof value === 'object' ? merge({}, value) : value;
  }
  return target;
}

export const messages: Record<Language, MessageTree> = {
  en: parts.en.reduce<MessageTree>((all, part) => merge(all, part), {}),
  es: parts.es.reduce<MessageTree>((all, part) => merge(all, part), {}),
  de: parts.de.reduce<MessageTree>((all, part) => merge(all, part), {}),
  fr: parts.fr.reduce<MessageTree>((all, part) => merge(all, part), {}),
};
