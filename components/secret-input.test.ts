import { describe, expect, it } from 'vitest';
import { MASK_STYLE, secretInput } from './secret-input';

describe('secretInput', () => {
  it('is never a password field in Firefox, whose login manager offers to save those, and is masked there', () => {
    const firefox = secretInput('firefox');
    expect(firefox.type).toBe('text');
    expect(firefox.style).toBe(MASK_STYLE);
    expect(MASK_STYLE).toMatch(/-webkit-text-security:\s*disc/);
    expect(firefox.refuseClipboard).toBe(true);
  });

  it('stays a real password field in Chromium, whose password manager never runs on extension pages', () => {
    expect(secretInput('chromium')).toEqual({ type: 'password', refuseClipboard: false });
  });
});
