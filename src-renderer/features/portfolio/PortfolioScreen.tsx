import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { hrefFor } from '../../router/routes';
import { useAppStore } from '../../store';
import { PortfolioChooser } from './PortfolioChooser';
import { PortfolioView } from './PortfolioView';
import './portfolio.css';

/** Portfolio: a client's teams side by side, for the executive who has more than one team. */
export function PortfolioScreen() {
  const { t } = useTranslation();
  const portfolio = useAppStore((state) => state.portfolio);
  const status = useAppStore((state) => state.portfolioStatus);
  return (
    <div className="screen portfolio-screen">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'home' })}>{t('portfolio.back')}</a>
      </p>
      <PageHeading title={t('portfolio.title')}>{t('portfolio.title')}</PageHeading>
      <p className="portfolio-screen__lead">{t('portfolio.lead')}</p>
      <PortfolioChooser />
      {status === 'loading' && portfolio === null ? (
        <p className="muted" role="status">
          {t('portfolio.choose.building')}
        </p>
      ) : null}
      {portfolio ? (
        <div aria-busy={status === 'loading'}>
          <PortfolioView result={portfolio.result} choice={portfolio.choice} />
        </div>
      ) : null}
    </div>
  );
}
