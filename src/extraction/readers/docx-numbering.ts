/**
 * The numbers Word shows in front of list paragraphs (`7.`, `b)`, `iii)`), worked out from
 * word/numbering.xml, word/styles.xml and word/document.xml. mammoth keeps lists but not their
 * numbers: a decision whose paragraphs are numbered 1 to 40 across headings comes out as many lists
 * that each start at 1, and lettered sub-items as numbers. The labels are returned in document
 * order, one per list paragraph; the reader uses them only when their count matches mammoth's list
 * items, and falls back to counting otherwise.
 *
 * Counting follows Word: counters belong to the abstract numbering definition, a level counts on from
 * its `start`, a deeper level restarts after a shallower one, and a numbering instance with a
 * `startOverride` restarts that level when it is first used.
 */
import { inflateRawSync } from 'node:zlib';

import { entryDataOffset, readZipDirectory, ZipEntry } from './zip-directory';
import { toRoman } from './roman-numerals';

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Numbering {
  abstracts: Map<string, Map<number, Level>>;
  instances: Map<string, { abstractId: string; startOverrides: Map<number, number> }>;
}

const MAX_PART_BYTES = 64 * 1024 * 1024;

function attr(xml: string, name: string): string | null {
  const m = new RegExp(`${name}="([^"]*)"`).exec(xml);
  return m ? m[1] : null;
}

function readPart(bytes: Uint8Array, entries: ZipEntry[], name: string): string | null {
  const entry = entries.find((e) => e.name === name);
  if (!entry) return null;
  const start = entryDataOffset(bytes, entry);
  const data = bytes.subarray(start, start + entry.compressedSize);
  const raw = entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES });
  return new TextDecoder('utf-8').decode(raw);
}

function parseNumbering(xml: string): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const m of xml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attr(m[1], 'w:abstractNumId');
    if (id === null) continue;
    const levels = new Map<number, Level>();
    for (const l of m[2].matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const ilvl = Number(attr(l[1], 'w:ilvl') ?? '0');
      const start = Number(attr(/<w:start\b[^>]*>/.exec(l[2])?.[0] ?? '', 'w:val') ?? '1');
      const format = attr(/<w:numFmt\b[^>]*>/.exec(l[2])?.[0] ?? '', 'w:val') ?? 'decimal';
      const text = attr(/<w:lvlText\b[^>]*>/.exec(l[2])?.[0] ?? '', 'w:val') ?? `%${ilvl + 1}.`;
      levels.set(ilvl, { start: Number.isFinite(start) ? start : 1, format, text });
    }
    abstracts.set(id, levels);
  }
  const instances: Numbering['instances'] = new Map();
  for (const m of xml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const numId = attr(m[1], 'w:numId');
    const abstractId = attr(/<w:abstractNumId\b[^>]*>/.exec(m[2])?.[0] ?? '', 'w:val');
    if (numId === null || abstractId === null) continue;
    const startOverrides = new Map<number, number>();
    for (const o of m[2].matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const value = attr(/<w:startOverride\b[^>]*>/.exec(o[2])?.[0] ?? '', 'w:val');
      if (value !== null) startOverrides.set(Number(attr(o[1], 'w:ilvl') ?? '0'), Number(value));
    }
    instances.set(numId, { abstractId, startOverrides });
  }
  return { abstracts, instances };
}

interface NumPr {
  numId: string | null;
  ilvl: number | null;
}

function numPr(pPr: string): NumPr | null {
  const m = /<w:numPr\b[^>]*>([\s\S]*?)<\/w:numPr>/.exec(pPr);
  if (!m) return null;
  const numId = attr(/<w:numId\b[^>]*>/.exec(m[1])?.[0] ?? '', 'w:val');
  const ilvl = attr(/<w:ilvl\b[^>]*>/.exec(m[1])?.[0] ?? '', 'w:val');
  return { numId, ilvl: ilvl === null ? null : Number(ilvl) };
}

/** Paragraph styles that carry numbering (following basedOn). */
function styleNumbering(xml: string | null): Map<string, NumPr> {
  const direct = new Map<string, NumPr>();
  const basedOn = new Map<string, string>();
  if (!xml) return direct;
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(m[1], 'w:styleId');
    if (id === null) continue;
    const pPr = /<w:pPr\b[^>]*>([\s\S]*?)<\/w:pPr>/.exec(m[2])?.[1] ?? '';
    const found = numPr(pPr);
    if (found) direct.set(id, found);
    const parent = attr(/<w:basedOn\b[^>]*>/.exec(m[2])?.[0] ?? '', 'w:val');
    if (parent) basedOn.set(id, parent);
  }
  const resolved = new Map<string, NumPr>();
  for (const id of new Set([...direct.keys(), ...basedOn.keys()])) {
    let current: string | undefined = id;
    for (let depth = 0; current && depth < 10; depth++) {
      const found = direct.get(current);
      if (found) {
        resolved.set(id, found);
        break;
      }
      current = basedOn.get(current);
    }
  }
  return resolved;
}

function toLetters(n: number): string {
  // Word repeats the letter after z: aa, bb, ...
  if (n <= 0) return '';
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return toLetters(n);
    case 'upperLetter':
      return toLetters(n).toUpperCase();
    case 'lowerRoman':
      return toRoman(n);
    case 'upperRoman':
      return toRoman(n).toUpperCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Paragraph properties of each paragraph in document order (text boxes' fallback copies only). */
function paragraphProperties(documentXml: string): string[] {
  // mammoth reads the fallback of alternate content: drop the preferred copy so nothing counts twice.
  const xml = documentXml.replace(/<mc:Choice\b[\s\S]*?<\/mc:Choice>/g, '');
  const out: string[] = [];
  for (const m of xml.matchAll(/<w:p\b(?:\s[^>]*)?(\/)?>/g)) {
    if (m[1] === '/') {
      out.push('');
      continue;
    }
    const rest = xml.slice(m.index + m[0].length, m.index + m[0].length + 4000);
    const pPr = /^\s*<w:pPr\b[^>]*>([\s\S]*?)<\/w:pPr>/.exec(rest);
    out.push(pPr ? pPr[1] : '');
  }
  return out;
}

/**
 * One label per list paragraph, in document order: `7.`, `b)`, `iii)`, or `•` for bullets. Null when
 * the parts are missing or cannot be read (the caller then counts for itself).
 */
export function docxListLabels(bytes: Uint8Array, maxEntries: number): string[] | null {
  let entries: ZipEntry[];
  let documentXml: string | null;
  let numberingXml: string | null;
  let stylesXml: string | null;
  try {
    entries = readZipDirectory(bytes, maxEntries).entries;
    documentXml = readPart(bytes, entries, 'word/document.xml');
    numberingXml = readPart(bytes, entries, 'word/numbering.xml');
    stylesXml = readPart(bytes, entries, 'word/styles.xml');
  } catch {
    return null;
  }
  if (!documentXml || !numberingXml) return null;
  const numbering = parseNumbering(numberingXml);
  const styles = styleNumbering(stylesXml);
  const counters = new Map<string, Map<number, number>>();
  const usedInstances = new Set<string>();
  const labels: string[] = [];

  for (const pPr of paragraphProperties(documentXml)) {
    const own = numPr(pPr);
    const styleId = attr(/<w:pStyle\b[^>]*>/.exec(pPr)?.[0] ?? '', 'w:val');
    const fromStyle = styleId ? styles.get(styleId) : undefined;
    const numId = own?.numId ?? fromStyle?.numId ?? null;
    const ilvl = own?.ilvl ?? fromStyle?.ilvl ?? 0;
    if (numId === null || numId === '0') continue;
    const instance = numbering.instances.get(numId);
    const levels = instance ? numbering.abstracts.get(instance.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!instance || !levels || !level) continue; // mammoth makes no list item either

    const count = counters.get(instance.abstractId) ?? new Map<number, number>();
    counters.set(instance.abstractId, count);
    if (!usedInstances.has(numId)) {
      usedInstances.add(numId);
      for (const [overridden, start] of instance.startOverrides) count.set(overridden, start - 1);
    }
    count.set(ilvl, (count.get(ilvl) ?? level.start - 1) + 1);
    for (const deeper of [...count.keys()]) if (deeper > ilvl) count.delete(deeper);

    if (level.format === 'bullet') {
      labels.push('•');
      continue;
    }
    labels.push(
      level.text.replace(/%([1-9])/g, (_, digit: string) => {
        const n = Number(digit) - 1;
        const l = levels.get(n);
        return formatNumber(
          count.get(n) ?? l?.start ?? 1,
          n === ilvl ? level.format : (l?.format ?? 'decimal'),
        );
      }),
    );
  }
  return labels;
}
