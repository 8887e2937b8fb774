export { DebtMap, type DebtMapProps } from './DebtMap';
export { FactorWeb, type FactorWebProps } from './FactorWeb';
export { FactorHeatmap, type FactorHeatmapProps } from './FactorHeatmap';
export { DistributionStrips, type DistributionStripsProps } from './DistributionStrips';
export { RealityFunnel, type RealityFunnelProps } from './RealityFunnel';
export { useChartText, type ChartTheme } from './chart-text';
