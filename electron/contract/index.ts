// Public face of the contract: schemas, names, types and error codes. No I/O lives here.
export * from './errors';
export * from './doc';
export * from './entities';
export * from './methodNames';
export * from './methods';
export * from './api';
export * from './files';
export type { AutomaticBackup, RestoreOutcome } from './backup/schemas';
export { builtinTemplateIds, type BuiltinTemplateId, type Template, type TemplateSummary } from './templates/schemas';
export type { SearchFilters, SearchHit, SearchSort } from './search/schemas';
export type { TagCount } from './tags/schemas';
export type { MoodChange, MoodMonth, MoodWeek, StatsSummary } from './stats/schemas';
export type { CalendarDay } from './entries/schemas';
export type { OnThisDaySetting } from './settings/schemas';
export { checkInResults, type CheckIn, type CheckInResult, type Commitment, type Rhythm, type WeekSummary } from './commitments/schemas';
export * from './cache';
export * from './cachePolicies';
export { repairDoc, type RepairOutcome, type RepairResult } from './document/repairDoc';
