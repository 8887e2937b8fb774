import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../shared/domain/workshop';
import { LANGUAGE_NAMES } from '../i18n/language-names';
import type { Route } from '../router/routes';
import { useAppStore } from '../store';

function focusMain() {
  document.getElementById('main')?.focus();
}

/** The app bar: name, main navigation and the UI language switch. */
export function Header({ route }: { route: Route }) {
  const { t } = useTranslation();
  const language = useAppStore((state) => state.language);
  const setLanguage = useAppStore((state) => state.setLanguage);
  // Backups, branding and instrument health are reached from About, so they belong to it.
  const inAbout =
    route.name === 'about' ||
    route.name === 'backups' ||
    route.name === 'branding' ||
    route.name === 'instrument-health';
  const inWorkshops = !inAbout && route.name !== 'not-found';
  // Every screen of the demo workshop says so in the bar, whichever screen it is.
  const workshopId = 'id' in route ? route.id : undefined;
  const demo = useAppStore((state) =>
    workshopId === undefined ? false : state.workshopById[workshopId]?.demo === true,
  );

  return (
    <header className="app-header">
      <button type="button" className="skip-link" onClick={focusMain}>
        {t('header.skipToContent')}
      </button>
      <a className="app-header__brand" href="#/">
        {t('app.name')}
      </a>
      <nav className="app-header__nav" aria-label={t('header.navigation')}>
        <ul>
          <li>
            <a href="#/" aria-current={inWorkshops ? 'page' : undefined}>
              {t('header.workshops')}
            </a>
          </li>
          <li>
            <a href="#/about" aria-current={inAbout ? 'page' : undefined}>
              {t('header.about')}
            </a>
          </li>
        </ul>
      </nav>
      {demo ? (
        <p className="app-header__demo" data-testid="demo-marker">
          {t('demo.header')}
        </p>
      ) : null}
      <div className="language-switch" role="group" aria-label={t('header.language')}>
        {LANGUAGES.map((code) => (
          <button
            key={code}
            type="button"
            lang={code}
            className="language-switch__option"
            aria-pressed={language === code}
            onClick={() => setLanguage(code)}
          >
            {LANGUAGE_NAMES[code]}
          </button>
        ))}
      </div>
    </header>
  );
}
