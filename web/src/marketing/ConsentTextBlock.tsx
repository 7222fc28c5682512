import type { ConsentText } from './marketingApi.ts';
import { useMarketingTexts } from './texts.ts';

/** A consent text exactly as it is recorded: the wording in the reader's language, the other behind a fold, its version and hash. */
export function ConsentTextBlock({ text }: { text: ConsentText }) {
  const { m, lang } = useMarketingTexts();
  const other = lang === 'sv' ? 'en' : 'sv';
  return (
    <figure className="consent-text" data-version={text.version}>
      <blockquote lang={lang}>{text[lang]}</blockquote>
      <details>
        <summary>{m.otherLanguage}</summary>
        <blockquote lang={other}>{text[other]}</blockquote>
      </details>
      <figcaption className="muted">
        {m.textVersion(text.version)} · {m.textHash} <code className="consent-hash">{text.sha256}</code>
      </figcaption>
    </figure>
  );
}
