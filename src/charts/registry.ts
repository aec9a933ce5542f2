/**
 * Every chart the chapters can name (<Scrolly chart="…">, <Figure chart="…">), with what the page needs
 * around the drawing: the rows it draws (for the table under it and its "Get the data" CSV at
 * /data/charts/<id>.csv), its sources, a one-line method note and the data files it reads (for the
 * "data last updated" date). Build-time only: the browser imports chart modules through
 * src/client/chart-loaders.ts, never this file.
 *
 * To add a chart: write src/charts/<id>.ts (default export: its ChartModule), add an entry below and a
 * loader line in src/client/chart-loaders.ts. tests/unit/charts/scrolly-helpers.test.ts checks the two agree.
 */
import type { Dataset } from '../data/schemas.ts';
import type { Lang } from '../i18n/locale.ts';
import { STATUS_LABELS } from '../i18n/ui.ts';
import { symbol } from './common/draw.ts';
import type { Bilingual } from './common/text.ts';
import { basemapDefs, mapChart, STATUS_ORDER, type MapData } from './map.ts';
import { CANADA, cityHistories, mapData } from './map-data.ts';
import { STATUS_STYLE } from './status-style.ts';
import { STRANDS, STRAND_STYLE, timelineChart, type TimelineData } from './timeline.ts';
import { timelineRows } from './timeline-data.ts';
import type { ChartModule, SvgNode } from './types.ts';
import { crossingsEntry, estimatesEntry, policeContactsEntry, policePathEntry, removalsEntry, servicesEntry } from './registry-entries.ts';

export interface ChartColumn {
  /** CSV header and row key. */
  readonly key: string;
  readonly label: Bilingual;
  readonly kind?: 'text' | 'number' | 'sources';
  /** A column in one language only (e.g. name_fr): shown in that edition's table, always in the CSV. */
  readonly lang?: Lang;
}

/** Exactly the rows a chart draws: the table under the chart and its CSV download are both made from it. */
export interface ChartTable {
  readonly columns: readonly ChartColumn[];
  readonly rows: readonly Readonly<Record<string, string | number>>[];
}

export interface LegendItem {
  readonly key: string;
  readonly label: Bilingual;
  /** A mark drawn in a 16 × 16 box. */
  readonly swatch: SvgNode;
}

export interface ChartContext {
  /** Unique on the page (the figure's id): prefixes any id the chart writes into the document. */
  readonly instanceId: string;
}

// `any` here lets one registry hold charts whose data and state types differ; each entry is typed where it is written.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface ChartEntry<D = any, S = any> {
  readonly module: ChartModule<D, S>;
  /** The data files (in data/) the chart reads: their last change is the chart's "data last updated" date. */
  readonly files: readonly string[];
  /** One line on how the picture is made from the rows, per language. */
  readonly method: Bilingual;
  /** What the module draws. It is embedded in the page for the browser, so keep it to what is drawn. */
  select(data: Dataset, context: ChartContext): D;
  table(data: Dataset): ChartTable;
  sources(data: Dataset): readonly string[];
  /** Geometry shared by every state, written once per figure inside the main graphic's <defs>. */
  defs?(context: ChartContext): SvgNode;
  legend?(): readonly LegendItem[];
}

const uniqueSources = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())].sort();

const sourcesColumn: ChartColumn = { key: 'source_ids', label: { en: 'Sources', fr: 'Sources' }, kind: 'sources' };

const map: ChartEntry<MapData> = {
  module: mapChart,
  files: ['municipalities.csv', 'council_actions.csv'],
  method: {
    en: 'Each city appears in the year of its first recorded council action, coloured by the status that action or a later one gave it by the end of each year; the last year shows each city’s latest status.',
    fr: 'Chaque ville apparaît l’année de son premier geste municipal connu, selon le statut que ce geste ou un geste ultérieur lui donnait à la fin de chaque année; la dernière année montre le statut le plus récent.',
  },
  select: (data, { instanceId }) => mapData(data, `${instanceId}-basemap`),
  defs: ({ instanceId }) => basemapDefs(CANADA, `${instanceId}-basemap`),
  table(data) {
    const { histories } = cityHistories(data);
    return {
      columns: [
        { key: 'city_id', label: { en: 'City id', fr: 'Identifiant' } },
        { key: 'city_en', label: { en: 'City', fr: 'Ville' }, lang: 'en' },
        { key: 'city_fr', label: { en: 'City', fr: 'Ville' }, lang: 'fr' },
        { key: 'province', label: { en: 'Province', fr: 'Province' } },
        { key: 'year', label: { en: 'From end of', fr: 'Dès la fin de' }, kind: 'number' },
        { key: 'status', label: { en: 'Status', fr: 'Statut' } },
        { key: 'lat', label: { en: 'Latitude', fr: 'Latitude' }, kind: 'number' },
        { key: 'lon', label: { en: 'Longitude', fr: 'Longitude' }, kind: 'number' },
        sourcesColumn,
      ],
      rows: histories.flatMap(({ city, changes }) =>
        changes.map((c) => ({
          city_id: city.id,
          city_en: city.name_en,
          city_fr: city.name_fr || city.name_en,
          province: city.province,
          year: c.year,
          status: c.status,
          lat: city.lat,
          lon: city.lon,
          source_ids: c.sourceIds.join(';'),
        })),
      ),
    };
  },
  sources: (data) => uniqueSources(cityHistories(data).histories.flatMap((h) => h.changes.map((c) => c.sourceIds))),
  legend: () =>
    STATUS_ORDER.map((status) => ({
      key: status,
      label: { en: STATUS_LABELS.en[status]!, fr: STATUS_LABELS.fr[status]! },
      swatch: symbol(STATUS_STYLE[status].shape, 8, 8, 5.5, STATUS_STYLE[status].color),
    })),
};

const timeline: ChartEntry<TimelineData> = {
  module: timelineChart,
  files: ['council_actions.csv', 'events.csv', 'municipalities.csv'],
  method: {
    en: 'One mark per council action and per dated event, placed at its date (mid-month or mid-year when the day or month is not known), in one lane per strand of the story.',
    fr: 'Une marque par geste municipal et par événement daté, placée à sa date (au milieu du mois ou de l’année quand le jour ou le mois est inconnu), une ligne par volet de l’histoire.',
  },
  select: (data) => ({ items: timelineRows(data).map((r) => r.item) }),
  table: (data) => ({
    columns: [
      { key: 'date', label: { en: 'Date', fr: 'Date' } },
      { key: 'strand', label: { en: 'Strand', fr: 'Volet' } },
      { key: 'title_en', label: { en: 'What happened', fr: 'Ce qui s’est passé' }, lang: 'en' },
      { key: 'title_fr', label: { en: 'What happened', fr: 'Ce qui s’est passé' }, lang: 'fr' },
      { key: 'city_id', label: { en: 'City id', fr: 'Identifiant de la ville' } },
      { key: 'id', label: { en: 'Row id', fr: 'Identifiant de la ligne' } },
      sourcesColumn,
    ],
    rows: timelineRows(data).map((r) => ({
      date: r.item.date,
      strand: r.item.strand,
      title_en: r.item.title.en,
      title_fr: r.item.title.fr,
      city_id: r.cityId ?? '',
      id: r.item.id,
      source_ids: r.sourceIds.join(';'),
    })),
  }),
  sources: (data) => uniqueSources(timelineRows(data).map((r) => r.sourceIds)),
  legend: () =>
    STRANDS.map((strand) => ({
      key: strand,
      label: STRAND_STYLE[strand].label,
      swatch: symbol(STRAND_STYLE[strand].shape, 8, 8, 5.5, STRAND_STYLE[strand].color),
    })),
};

export const REGISTRY: Readonly<Record<string, ChartEntry>> = {
  map,
  timeline,
  services: servicesEntry,
  'police-path': policePathEntry,
  'police-contacts': policeContactsEntry,
  removals: removalsEntry,
  crossings: crossingsEntry,
  estimates: estimatesEntry,
};

export function chartEntry(id: string): ChartEntry {
  const entry = REGISTRY[id];
  if (!entry) throw new Error(`There is no chart "${id}". Charts: ${Object.keys(REGISTRY).join(', ')} (registered in src/charts/registry.ts).`);
  return entry;
}

