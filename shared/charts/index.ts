export * from './geometry';
export * from './debt-map';
export * from './factor-links';
export * from './factor-web';
export * from './heatmap';
export * from './distribution';
export * from './reality-funnel';
