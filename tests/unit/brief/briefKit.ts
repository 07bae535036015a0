/**
 * What the brief tests share: the committed data as the app bundles it, the normalised source texts the
 * checks read, a brief made as the panels make it, and readers of its text and footnotes.
 */
import { existsSync } from 'node:fs';
import { expect } from 'vitest';
import { inputPaths } from '../../../build/paths';
import { readSourceTexts } from '../../../build/sources';
import { makeBrief, runsText, type Brief, type BriefSubject } from '../../../src/brief';
import type { Locale } from '../../../src/domain';
import { loadAppData } from '../../../src/data/appData';
import { filterEffect, noEffect } from '../../../src/data/filterEffect';
import { applyFilters, noFilters, type ActivityFilters } from '../../../src/data/filters';
import type { HuizeData } from '../../../src/data/load';
import type { Activity } from '../../../src/data/schema';
import { formatAmountWan, formatNumber } from '../../../src/i18n/format';
import { countedText } from '../../../src/i18n/translate';
import { townshipMetrics } from '../../../src/data/metrics';
import { sectionText } from '../../../src/data/report';
import { REPORT_PATH } from '../data/real-data';

export const data = loadAppData();
export const metrics = townshipMetrics(data);
export const locales: Locale[] = ['zh-CN', 'en'];
export const hasTexts = existsSync(REPORT_PATH);

/** The brief of `subject` under `filters`, made from the filtered data as the detail column makes it. */
export function briefOf(subject: BriefSubject, locale: Locale, filters: ActivityFilters = noFilters) {
  const shown = applyFilters(data, filters);
  const effect = filters === noFilters ? noEffect : filterEffect(data, filters);
  const m = townshipMetrics(shown);
  return {
    brief: makeBrief({ data: shown, metrics: m, subject, locale, filters, effect }),
    shown,
    metrics: m,
  };
}

/** The brief's body as text with [n] markers. */
export const bodyText = (brief: Brief): string =>
  brief.paragraphs
    .filter((p) => p.kind === 'body')
    .map((p) => runsText(p.runs))
    .join('\n');

/** The note paragraphs (what the filters hid) as text. */
export const noteText = (brief: Brief): string =>
  brief.paragraphs
    .filter((p) => p.kind === 'note')
    .map((p) => runsText(p.runs))
    .join('\n');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a figure is written as a number of its own (not inside a longer one: "20 人" is not in "120 人"). */
export function figureAt(text: string, figure: string): number[] {
  const re = new RegExp(`(?<![\\d.,])${escape(figure)}`, 'g');
  return [...text.matchAll(re)].map((m) => m.index);
}

/**
 * The footnote numbers that follow the figure at `at`, before any other digit: "22.4 万元[1]（与大井镇共享）"
 * gives [1]. A figure must be followed by its notes.
 */
export function notesAfter(text: string, at: number, figure: string): number[] {
  const rest = text.slice(at + figure.length);
  const notes: number[] = [];
  const re = /\[(\d+)\]|\d/g;
  for (const m of rest.matchAll(re)) {
    if (m[1] === undefined) break;
    notes.push(Number(m[1]));
    const next = rest.slice(m.index + m[0].length);
    if (!next.startsWith('[')) break;
  }
  return notes;
}

/** The records (activities or pairings) a footnote stands for. */
export function recordsOf(brief: Brief, n: number, shown: HuizeData = data) {
  const note = brief.footnotes.find((f) => f.n === n);
  expect(note, `footnote ${n}`).toBeDefined();
  return note!.recordIds.map((id) => shown.activities.get(id) ?? shown.pairings.get(id)!);
}

const texts = hasTexts ? readSourceTexts([...data.sources.values()], inputPaths({})).texts : new Map();

/**
 * Every footnote is referred to, every reference has its note, numbered in the order first met; each note's
 * phrase is in its source's normalised text under the section its records cite, and holds its figures.
 */
export function expectFootnotesSound(brief: Brief): void {
  const refs = brief.paragraphs.flatMap((p) => p.runs.flatMap((r) => ('footnote' in r ? [r.footnote] : [])));
  const firstSeen = [...new Set(refs)];
  expect(firstSeen).toEqual(brief.footnotes.map((f) => f.n));
  expect(brief.footnotes.map((f) => f.n)).toEqual(brief.footnotes.map((_, i) => i + 1));
  for (const note of brief.footnotes) {
    expect(note.sourceTitle).not.toBe('');
    expect(note.section).not.toBe('');
    for (const h of note.highlights) expect(note.phrase, `${note.n} holds ${h}`).toContain(h);
    for (const record of recordsOf(brief, note.n)) {
      expect(record.citation.phrase).toBe(note.phrase);
      expect(record.citation.source).toBe(note.sourceId);
      if (!hasTexts) continue;
      const report = texts.get(note.sourceId)!.report;
      expect(report.text, `note ${note.n}`).toContain(note.phrase);
      expect(sectionText(report, record.citation.section), `note ${note.n}`).toContain(note.phrase);
    }
  }
}

/**
 * What each record adds to a metric, written here from the metric's definition (metrics.ts), so the notes
 * after a figure are checked against the rule and not against the brief's own code.
 */
export const adds = {
  aid: (a: Activity) => a.amounts.filter((m) => m.additive).reduce((s, m) => s + m.value_wan, 0),
  reached: (a: Activity) =>
    a.counts
      .filter((c) => c.counted_as === 'beneficiaries' && c.unit === 'people' && !c.part_of && !c.prospective)
      .reduce((s, c) => s + c.value, 0),
  stationed: (a: Activity) =>
    a.counts
      .filter((c) => c.counted_as === 'stationed' && c.unit === 'people')
      .reduce((s, c) => s + c.value, 0),
};
export type FigureMetric = keyof typeof adds;

/** A metric's value as the township panel shows it (TownshipPanel's figureValue). */
export function panelFigure(metric: FigureMetric, value: number, locale: Locale): string {
  return metric === 'aid'
    ? formatAmountWan(value, locale)
    : `${formatNumber(value, locale)} ${countedText(locale, `metric.unit.${metric}`, value)}`;
}

/** The text of a template up to its first hole at or after `hole`, filled: what a sentence must begin with. */
export function opening(text: string, vars: Record<string, string | number>, stopAt: string): string {
  return text
    .slice(0, text.indexOf(`{${stopAt}}`))
    .replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name]));
}
