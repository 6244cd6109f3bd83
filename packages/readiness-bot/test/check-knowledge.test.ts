import { ALL_CHECKS } from '@wsl-ready/core';
import { describe, expect, it } from 'vitest';
import { checkKnowledge, checksWithoutKnowledge } from '../src/comment/check-knowledge.js';

describe('the bot knows a fix for every check of the core registry', () => {
  it('has a fix and an allowed docs link for each check id', () => {
    expect(checksWithoutKnowledge()).toEqual([]);
    for (const check of ALL_CHECKS) {
      const known = checkKnowledge(check.id)!;
      expect(known.title).toBe(check.title);
      expect(known.fix.length).toBeGreaterThan(10);
      expect(known.docsUrl ?? '').toMatch(/^https:\/\/(learn\.microsoft\.com|docs\.docker\.com|github\.com)\//);
    }
    expect(checkKnowledge('custom.unknown')).toBeUndefined();
  });
});
