import { describe, expect, it } from 'vitest';
import { consentChannels, consentTextHash, consentTexts, currentConsentText } from './consent-texts.ts';

describe('consent texts', () => {
  it('each channel has a current text in Swedish and English, hashed', () => {
    for (const c of consentChannels) {
      const t = currentConsentText(c);
      expect(t.sv.length).toBeGreaterThan(100);
      expect(t.en.length).toBeGreaterThan(100);
      expect(t.sha256).toBe(consentTextHash(t));
      expect(t.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const versions = consentTexts.map((t) => t.version);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('a published text never changes: its hash is pinned (a new wording is a new version)', () => {
    expect(Object.fromEntries(consentTexts.map((t) => [t.version, t.sha256]))).toMatchInlineSnapshot(`
      {
        "marketing-email-2026-12": "695649e64c927d914af77b3a1544dd1a1ecfc71c3e512d7912fd244e004cbf66",
        "marketing-post-2026-12": "e29aec2e5fc9a0a80317317d171e073b8b6098ff0d702034b421e0d482a36db6",
        "marketing-sms-2026-12": "33a6b0f69b833bb25c1c40390d127b4ee618d3e8e574f709597e11989dbbe0e3",
        "marketing-social-2026-12": "96c71f921fc37888c9079e5fab7f7980f774ed970766c098ced5b19f231f7152",
      }
    `);
  });
});
