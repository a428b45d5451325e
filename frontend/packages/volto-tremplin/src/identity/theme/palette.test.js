import fs from 'fs';
import path from 'path';

// The text/background pairs our stylesheets use, by palette variable.
const TEXT_PAIRS = [
  ['tremplin-violet', 'tremplin-white'], // logo, headings, language links
  ['tremplin-violet-dark', 'tremplin-white'], // logo on hover
  ['tremplin-muted', 'tremplin-white'], // tagline, help texts of forms
  ['tremplin-text', 'tremplin-white'], // field labels
  ['tremplin-text', 'volto-pale-grey'], // title bar of Volto's forms
  ['tremplin-error', 'tremplin-white'], // row errors
  ['tremplin-white', 'tremplin-violet-dark'], // footer
];
// Focus rings are non-text contrast (WCAG 1.4.11): 3:1.
const FOCUS_PAIRS = [
  ['tremplin-violet', 'tremplin-white'],
  ['tremplin-gold', 'tremplin-violet-dark'],
];

function paletteOf(file) {
  const scss = fs.readFileSync(path.join(__dirname, file), 'utf8');
  return Object.fromEntries(
    [...scss.matchAll(/^\$([\w-]+):\s*(#[0-9a-f]{6});/gim)].map(
      ([, name, hex]) => [name, hex],
    ),
  );
}

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(first, second) {
  const [light, dark] = [luminance(first), luminance(second)].sort(
    (a, b) => b - a,
  );
  return (light + 0.05) / (dark + 0.05);
}

describe('Tremplin palette', () => {
  const palette = paletteOf('_palette.scss');

  it('computes WCAG contrast like the reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each(TEXT_PAIRS)('%s on %s passes AA for text (4.5:1)', (fg, bg) => {
    expect(contrastRatio(palette[fg], palette[bg])).toBeGreaterThanOrEqual(4.5);
  });

  it.each(FOCUS_PAIRS)('%s focus ring on %s passes 3:1', (fg, bg) => {
    expect(contrastRatio(palette[fg], palette[bg])).toBeGreaterThanOrEqual(3);
  });
});
