/**
 * The drawings on a letter that carry no text: the crest at the head, the signature scribble,
 * and the faint round seal a scan sometimes shows through. SVG strings; random ones take `rand`.
 */

/** A stylised bird crest (a stand-in for the Garuda emblem): wings, body, tail rays. */
export function crestSvg(heightMm: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 110" style="height:${heightMm}mm" fill="none" stroke="#111" stroke-width="3" stroke-linejoin="round" stroke-linecap="round">
<circle cx="50" cy="16" r="8"/>
<path d="M50 24 L40 34 L42 62 L58 62 L60 34 Z"/>
<path d="M40 36 C28 30 14 22 6 8 C10 24 16 34 26 42 C18 42 12 40 6 38 C14 48 26 52 41 50"/>
<path d="M60 36 C72 30 86 22 94 8 C90 24 84 34 74 42 C82 42 88 40 94 38 C86 48 74 52 59 50"/>
<path d="M44 66 L38 100 M50 66 L50 104 M56 66 L62 100"/>
</svg>`;
}

/** A signature: a few joined loops and strokes in pen ink, never the same twice. */
export function scribbleSvg(rand: () => number, heightMm: number): string {
  const points: string[] = [];
  let x = 5 + rand() * 10;
  let y = 20 + rand() * 10;
  points.push(`M${x.toFixed(1)} ${y.toFixed(1)}`);
  const strokes = 3 + Math.floor(rand() * 4);
  for (let i = 0; i < strokes; i++) {
    const dx = 15 + rand() * 25;
    const c1 = `${(x + dx * 0.3).toFixed(1)} ${(y - 25 * rand()).toFixed(1)}`;
    const c2 = `${(x + dx * 0.7).toFixed(1)} ${(y + 25 * rand()).toFixed(1)}`;
    x += dx;
    y = 12 + rand() * 20;
    points.push(`C${c1} ${c2} ${x.toFixed(1)} ${y.toFixed(1)}`);
  }
  const ink = rand() < 0.7 ? '#1c2f8f' : '#161616';
  const width = Math.ceil(x + 10);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 40" style="height:${heightMm}mm" fill="none" stroke="${ink}" stroke-width="${(1.2 + rand()).toFixed(1)}" stroke-linecap="round"><path d="${points.join(' ')}"/></svg>`;
}

/** A round office seal seen through the paper: two rings and a star, very faint. */
export function sealSvg(sizePx: number, colour: string, opacity: number): string {
  const r = sizePx / 2;
  const star = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r * 0.35 : r * 0.15;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    return `${(r + radius * Math.cos(angle)).toFixed(1)},${(r + radius * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${sizePx}" height="${sizePx}" opacity="${opacity}" fill="none" stroke="${colour}">
<circle cx="${r}" cy="${r}" r="${r * 0.95}" stroke-width="${r * 0.05}"/>
<circle cx="${r}" cy="${r}" r="${r * 0.72}" stroke-width="${r * 0.025}" stroke-dasharray="${r * 0.06} ${r * 0.04}"/>
<polygon points="${star}" stroke-width="${r * 0.03}"/>
</svg>`;
}
