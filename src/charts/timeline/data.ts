/**
 * Build-time side of the timeline: council actions and events as one list of dated items, each with
 * the strand it belongs to and the sources behind it (the sources stay here, out of the browser data).
 */
import { localized } from '../../i18n/locale.ts';
import type { CouncilActionRow, Dataset, EventRow } from '../../data/schemas.ts';
import type { PartialDate } from '../../data/schema-kit.ts';
import type { Strand, TimelineData, TimelineItem } from './chart.ts';
import { byDate, yearPosition } from './chart.ts';

const EVENT_STRAND: Readonly<Record<EventRow['category'], Strand>> = {
  city: 'council',
  police: 'police',
  federal: 'federal',
  study: 'other',
  international: 'other',
  advocacy: 'other',
};

export interface TimelineRow {
  readonly item: TimelineItem;
  /** The day a meeting of several days ended, for the table ("February 20–21, 2013"); the mark sits at its start. */
  readonly until?: PartialDate;
  /** The date was worked out (from a weekday, an agenda), not stated by a source: the table says so. */
  readonly dateInferred: boolean;
  readonly cityId: string | undefined;
  readonly sourceIds: readonly string[];
}

function fromAction(a: CouncilActionRow, cityName: (id: string, lang: 'en' | 'fr') => string): TimelineRow {
  return {
    item: {
      id: a.id,
      kind: 'action',
      strand: 'council',
      date: a.date.iso,
      t: yearPosition(a.date.iso),
      title: {
        en: `${cityName(a.city_id, 'en')}: ${a.action_en}`,
        fr: `${cityName(a.city_id, 'fr')} : ${localized(a, 'action', 'fr')}`,
      },
      short: { en: cityName(a.city_id, 'en'), fr: cityName(a.city_id, 'fr') },
    },
    ...(a.date_end ? { until: a.date_end } : {}),
    dateInferred: a.date_inferred,
    cityId: a.city_id,
    sourceIds: a.source_ids,
  };
}

function fromEvent(e: EventRow): TimelineRow {
  return {
    item: {
      id: e.id,
      kind: 'event',
      strand: EVENT_STRAND[e.category],
      date: e.date.iso,
      t: yearPosition(e.date.iso),
      title: { en: e.title_en, fr: localized(e, 'title', 'fr') },
      short: { en: e.title_en, fr: localized(e, 'title', 'fr') },
    },
    dateInferred: false,
    cityId: e.city_id,
    sourceIds: e.source_ids,
  };
}

export function timelineRows(data: Pick<Dataset, 'councilActions' | 'events' | 'municipalities'>): TimelineRow[] {
  const names = new Map(data.municipalities.map((m) => [m.id, m]));
  const cityName = (id: string, lang: 'en' | 'fr') => {
    const m = names.get(id);
    return m ? localized(m, 'name', lang) : id;
  };
  return [...data.councilActions.map((a) => fromAction(a, cityName)), ...data.events.map(fromEvent)].sort((a, b) => byDate(a.item, b.item));
}

export function timelineData(data: Pick<Dataset, 'councilActions' | 'events' | 'municipalities'>): TimelineData {
  return { items: timelineRows(data).map((r) => r.item) };
}
