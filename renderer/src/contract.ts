// The renderer's single crossing into electron/: contract types, plus the few dependency-free runtime values it needs.
export type * from '../../electron/contract';
export { methodNames, eventNames, isBytesResultMethod, isFileInputMethod, isFileResultMethod } from '../../electron/contract/methodNames';
export { attachmentIdOf, attachmentSrc } from '../../electron/contract/attachments/attachmentRef';
export { appCommandSpecs, isAppCommand } from '../../electron/contract/appCommands';
export { cachePolicies } from '../../electron/contract/cachePolicies';
export { PARAMS_HEADER } from '../../electron/contract/paramsHeader';
export { acceptFor } from '../../electron/contract/fileKinds';
export { localDay } from '../../electron/contract/localDay';
export { defaultMessages } from '../../electron/contract/errors';
export { documentExtensions } from '../../electron/contract/editor/extensions';
export { attrText, PromptNode } from '../../electron/contract/editor/promptNode';
export { PictureNode, pictureWidths, type PictureWidth } from '../../electron/contract/editor/pictureNode';
export { docFromPrompts, promptsFromEntry, promptsInDoc, type PromptSpec } from '../../electron/contract/editor/templateDoc';
export { promptAnswers, type PromptProgress } from '../../electron/contract/editor/promptAnswers';
export { parseQuery, type ParsedQuery } from '../../electron/contract/search/queryParser';
export { matchRanges, type Range } from '../../electron/contract/search/matchRanges';
