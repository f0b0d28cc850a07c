// Public face of the contract: schemas, names, types and error codes. No I/O lives here.
export * from './errors';
export * from './doc';
export * from './entities';
export * from './methodNames';
export * from './methods';
export * from './api';
export * from './files';
export { builtinTemplateIds, type BuiltinTemplateId, type Template, type TemplateSummary } from './templates/schemas';
export * from './cache';
export * from './cachePolicies';
export { repairDoc, type RepairOutcome, type RepairResult } from './document/repairDoc';
