/**
 * Environment variables as the core reads them: `process.env`, a recorded session's variables or a test's
 * literal. Read-only, and a name may be present with no value (`undefined` also means "remove" in overrides).
 */
export type EnvRecord = Readonly<Record<string, string | undefined>>;
