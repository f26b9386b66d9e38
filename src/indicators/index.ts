// Indicators: what a target measures, and each level's commitment to it. Pure; see README.md.
export { classifyTarget, type ClassifyContext } from './classify.ts';
export { indicatorCommitments, type Commitment, type CommitmentSource, type IndicatorCommitments, type IndicatorDocument } from './commitments.ts';
export type { ChildSum, Comparison, RateComparison, ShareComparison } from './compare-levels.ts';
export { crossLevel, type CrossLevelResult, type CrossLevelRow } from './cross-level.ts';
export { indicatorValuesByRegion, type RegionIndicatorValues } from './region-values.ts';
export { INDICATORS, indicatorById } from './registry.ts';
export { documentRegion, targetRegion, type IndicatorRegion } from './target-region.ts';
export { targetWindow, type TargetWindow } from './target-window.ts';
export { indicatorTimelineData, type TimelineTexts } from './timeline-data.ts';
export type { Better, Indicator, IndicatorKind, IndicatorPattern, IndicatorSource, IndicatorUnit } from './types.ts';
export { toIndicatorUnit, unitRank } from './units.ts';
export { withIndicators, type IndicatorInput } from './with-indicators.ts';
