import type { Language } from '../../shared/domain/workshop';
import en from './locales/en.json';
import es from './locales/es.json';
import chartsEn from './locales/charts.en.json';
import chartsEs from './locales/charts.es.json';

/**
 * Every message of the UI, per language. Each feature keeps its own locale files
 * (`<feature>.<lang>.json`, keys under the feature's name) so features can grow independently;
 * they are merged here into one `translation` namespace. Add a feature's pair in both lists.
 */
export type MessageTree = { [key: string]: string | MessageTree };

const parts: Record<Language, MessageTree[]> = {
  en: [en, chartsEn],
  es: [es, chartsEs],
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
};
