/**
 * Generated demo images: a tinted tile with a simple pictogram for the category and the article
 * number. Deterministic (the same path gives the same bytes); no user input reaches the markup
 * unescaped (the route only accepts slugs and article numbers).
 */
const TINTS: Record<string, [string, string]> = {
  handskar: ['#e3f2fd', '#1565c0'],
  forband: ['#fce4ec', '#ad1457'],
  'sprutor-kanyler': ['#ede7f6', '#4527a0'],
  desinfektion: ['#e0f2f1', '#00695c'],
  instrument: ['#eceff1', '#37474f'],
  engangsmaterial: ['#fff8e1', '#8d6e00'],
  implantat: ['#f3e5f5', '#6a1b9a'],
};

const PICTOGRAMS: Record<string, string> = {
  handskar:
    'M70 150v-60a8 8 0 0 1 16 0v30-50a8 8 0 0 1 16 0v50-58a8 8 0 0 1 16 0v58-50a8 8 0 0 1 16 0v70c0 20-14 34-32 34s-32-10-32-24z',
  forband: 'M60 90h120v60H60z M100 90v60 M140 90v60',
  'sprutor-kanyler': 'M50 120h100v20H50z M150 130h40 M30 120v20 M50 125h30',
  desinfektion: 'M100 70h40v20h-40z M90 90h60v90H90z',
  instrument: 'M60 170l80-100 M80 170l80-100 M55 175a10 10 0 1 0 1 0',
  engangsmaterial: 'M60 80h120v80H60z M60 100h120',
  implantat: 'M110 60h20v30h-20z M100 90h40l-8 80h-24z',
};

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

export function demoImageSvg(category: string, articleNumber: string): string {
  const [bg, fg] = TINTS[category] ?? ['#f5f5f5', '#424242'];
  const path = PICTOGRAMS[category] ?? 'M70 70h100v100H70z';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 240" role="img" aria-label="${escapeXml(articleNumber)}">
<rect width="240" height="240" rx="16" fill="${bg}"/>
<path d="${path}" fill="none" stroke="${fg}" stroke-width="6" stroke-linejoin="round" stroke-linecap="round"/>
<text x="120" y="220" text-anchor="middle" font-family="system-ui, sans-serif" font-size="18" fill="${fg}">${escapeXml(articleNumber)}</text>
</svg>`;
}

/** The demo image path of a product in a category. */
export const demoImagePath = (category: string, articleNumber: string): string =>
  `/api/catalog/images/demo/${category}/${articleNumber}.svg`;
