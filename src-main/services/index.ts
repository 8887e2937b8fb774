export { createHandlers, type ServiceDeps } from './create-handlers';
export { dispatch, type DispatchResult, type InternalErrorReporter } from './dispatch';
export { storeFromWorkshopFile, workshopFileFrom } from './workshop-file-service';
export { loadPortfolioWorkshops, portfolioOf } from './portfolio-service';
