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
    offer: (when: string, workshops: number, answers: number) =>
      `The newest good backup is from ${when} (${workshops} workshop(s), ${answers} answer(s)). ` +
      'Restoring it keeps the refused file aside, unchanged, beside the data file.',
  },
  es: {
    title: 'Execution Debt Workshop',
    restore: 'Restaurar la copia más reciente',
    quit: 'Salir',
    offer: (when: string, workshops: number, answers: number) =>
      `La copia de seguridad válida más reciente es del ${when} (${workshops} taller(es), ` +
      `${answers} respuesta(s)). Al restaurarla, el archivo rechazado se guarda aparte, sin cambios.`,
  },
} as const;

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
    const text = locale.toLowerCase().startsWith('es') ? TEXT.es : TEXT.en;
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
