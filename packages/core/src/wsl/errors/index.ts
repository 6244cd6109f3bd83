// WSL error knowledge: the catalogue, lookups and the wsl.exe error-output parser.
export { WSL_ERROR_CATALOG } from './catalog.js';
export { describeWslErrorContext, isWslErrorContext } from './contexts.js';
export { findWslError, lookupWslError, normalizeHresult, splitCodePath } from './lookup.js';
export { classifyWslFailure, parseWslError, type WslCallResult, type WslErrorDetails } from './parse-error.js';
export { WSL_ERROR_CATEGORIES, type WslErrorCategory, type WslErrorEntry, type WslErrorLookup } from './types.js';
export { formatWslErrorMessage, WslCommandError } from './wsl-error.js';
