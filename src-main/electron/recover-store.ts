import type { Store } from '../store/open-store';
import { StoreOpenError } from '../store/open-store';
import { recoveryOffer, restoreOffered } from '../store/recovery';

/** The part of Electron's `dialog` this needs; tests pass a recording fake. */
export interface RecoveryDialog {
  showMessageBox(options: {
    type: 'error';
    title: string;
    message: string;
    detail: string;
    buttons: string[];
    defaultId: number;
    cancelId: number;
    noLink: boolean;
  }): Promise<{ response: number }>;
  showErrorBox(title: string, content: string): void;
}

export interface OpenOrRecoverOptions {
  dataFile: string;
  open: () => Store;
  dialog: RecoveryDialog;
  /** The system's language (`app.getLocale()`), asked only when there is something to say. */
  locale: () => string;
  now?: () => Date;
}

const TEXT = {
  en: {
    title: 'Execution Debt Workshop',
    restore: 'Restore newest backup',
    quit: 'Quit',
    restoreAndRestart: 'Restore newest backup and restart',
    keepReadOnly: 'Keep it open, read only',
    offer: (when: string, workshops: number, answers: number) =>
      `The newest good backup is from ${when} (${workshops} workshop(s), ${answers} answer(s)). ` +
      'Restoring it keeps the refused file aside, unchanged, beside the data file.',
  },
  es: {
    title: 'Execution Debt Workshop',
    restore: 'Restaurar la copia más reciente',
    quit: 'Salir',
    restoreAndRestart: 'Restaurar la copia más reciente y reiniciar',
    keepReadOnly: 'Dejarlo abierto, solo lectura',
    offer: (when: string, workshops: number, answers: number) =>
      `La copia de seguridad válida más reciente es del ${when} (${workshops} taller(es), ` +
      `${answers} respuesta(s)). Al restaurarla, el archivo rechazado se guarda aparte, sin cambios.`,
  },
  de: {
    title: 'Execution Debt Workshop',
    restore: 'Neueste Sicherung wiederherstellen',
    quit: 'Beenden',
    restoreAndRestart: 'Neueste Sicherung wiederherstellen und neu starten',
    keepReadOnly: 'Geöffnet lassen, nur lesen',
    offer: (when: string, workshops: number, answers: number) =>
      `Die neueste intakte Sicherung stammt vom ${when} (${workshops} Workshop(s), ${answers} Antwort(en)). ` +
      'Beim Wiederherstellen bleibt die abgelehnte Datei unverändert neben der Datendatei liegen.',
  },
  fr: {
    title: 'Execution Debt Workshop',
    restore: 'Restaurer la sauvegarde la plus récente',
    quit: 'Quitter',
    restoreAndRestart: 'Restaurer la sauvegarde la plus récente et redémarrer',
    keepReadOnly: 'Laisser ouvert, en lecture seule',
    offer: (when: string, workshops: number, answers: number) =>
      `La sauvegarde valide la plus récente date du ${when} (${workshops} atelier(s), ${answers} réponse(s)). ` +
      'La restaurer met le fichier refusé de côté, sans le modifier, à côté du fichier de données.',
  },
} as const;

/** The dialog's words in the system's language (`de-CH` → German), English for any other. */
function textFor(locale: string): (typeof TEXT)[keyof typeof TEXT] {
  const language = locale.toLowerCase().slice(0, 2);
  return language === 'es' || language === 'de' || language === 'fr' ? TEXT[language] : TEXT.en;
}

/**
 * Opens the data file; when it is refused, explains why and, if a good backup exists, offers to
 * restore the newest one. Undefined means the user chose to quit (or there was no way back).
 */
export async function openStoreOrRecover(
  options: OpenOrRecoverOptions,
): Promise<Store | undefined> {
  try {
    return options.open();
  } catch (error) {
    const locale = options.locale();
    const text = textFor(locale);
    if (!(error instanceof StoreOpenError)) {
      options.dialog.showErrorBox(text.title, (error as Error).message);
      return undefined;
    }
    const offer = recoveryOffer(options.dataFile, error);
    if (!offer.newest) {
      options.dialog.showErrorBox(text.title, error.message);
      return undefined;
    }
    const when = new Date(offer.newest.createdAt).toLocaleString(locale);
    const { response } = await options.dialog.showMessageBox({
      type: 'error',
      title: text.title,
      message: error.message,
      detail: text.offer(when, offer.newest.workshopCount, offer.newest.answerCount),
      buttons: [text.restore, text.quit],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    });
    if (response !== 0) return undefined;
    restoreOffered(offer, (options.now ?? (() => new Date()))());
    return options.open();
  }
}

export interface DamageAfterOpenOptions {
  dataFile: string;
  /** What the background check found (`startBackgroundCheck`); the store already refuses writes. */
  error: StoreOpenError;
  dialog: RecoveryDialog;
  locale: () => string;
  /** Closes the store and stops what writes to it, so the file can be replaced. */
  close: () => void;
  /** Starts the app again on the restored file. */
  relaunch: () => void;
  now?: () => Date;
}

/**
 * Says that the open data file was found damaged and offers the newest good backup, as at
 * start-up. Restoring needs the file closed, so it restores and restarts; keeping it open leaves
 * a read-only app in which what is there can still be seen and exported.
 */
export async function offerRestoreAfterDamage(
  options: DamageAfterOpenOptions,
): Promise<'restored' | 'kept'> {
  const locale = options.locale();
  const text = textFor(locale);
  const offer = recoveryOffer(options.dataFile, options.error);
  if (!offer.newest) {
    options.dialog.showErrorBox(text.title, options.error.message);
    return 'kept';
  }
  const when = new Date(offer.newest.createdAt).toLocaleString(locale);
  const { response } = await options.dialog.showMessageBox({
    type: 'error',
    title: text.title,
    message: options.error.message,
    detail: text.offer(when, offer.newest.workshopCount, offer.newest.answerCount),
    buttons: [text.restoreAndRestart, text.keepReadOnly],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (response !== 0) return 'kept';
  options.close();
  restoreOffered(offer, (options.now ?? (() => new Date()))());
  options.relaunch();
  return 'restored';
}
