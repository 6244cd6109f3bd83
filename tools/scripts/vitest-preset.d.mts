import type { UserWorkspaceConfig } from 'vitest/config';
import type { InlineConfig } from 'vitest/node';

export function projectConfig(name: string, test?: InlineConfig): UserWorkspaceConfig;
