/** Citations and glossary matching, the pure parts of the teaching apparatus. */
import { describe, expect, it } from 'vitest';
import { citationText, CITATION_STYLES, type CitedPage } from '../../src/educators/citation.ts';
import { ACTIVITIES, activityFor } from '../../src/educators/activities.ts';
import { proseText, stepLinks, stepSentences } from '../../src/educators/chapter-material.ts';
import { describedFile } from '../../src/educators/data-files.ts';
import { pageJsonLd } from '../../src/educators/json-ld.ts';
import { ALL_SCHEMAS } from '../../src/data/schemas.ts';
import type { Dataset } from '../../src/data/schemas.ts';
import { EDUCATOR_UI } from '../../src/i18n/educators.ts';
import { SHARING_TEXT } from '../../src/sharing/text.ts';
import { cardSvg, CARD_HEIGHT } from '../../src/sharing/card.ts';

/** fr-CA spacing: a no-break space before a colon and inside « », no space before ; ! ? */
const FRENCH_SPACING_ERROR = /[^\u00a0]:(?=\s|$)|«(?!\u00a0)|(?<!\u00a0)»|\s[;!?]|[“”"]/;
import { termPattern } from '../../src/markdown/glossary-terms.ts';
import { linkTerms } from '../../src/markdown/glossary-links.ts';

const page: CitedPage = {
  lang: 'en',
  title: 'Police cooperation',
  siteName: 'Sanctuary',
  published: '2026-11-25',
  updated: '2026-12-01',
  path: '/en/police-cooperation/',
};

describe('citations', () => {
  it('write APA and MLA with the date of the last update, Chicago with both dates, and a fill-in access date', () => {
    expect(citationText(page, 'APA')).toBe(
      'Sanctuary newsroom-tech team. (2026, December 1). Police cooperation. Sanctuary. Retrieved [Month Day, Year], from [site address]/en/police-cooperation/',
    );
    expect(citationText(page, 'MLA')).toBe(
      'Sanctuary newsroom-tech team. “Police Cooperation.” Sanctuary, 1 Dec. 2026, [site address]/en/police-cooperation/. Accessed [Day Month Year].',
    );
    expect(citationText(page, 'Chicago')).toBe(
      'Sanctuary newsroom-tech team. “Police Cooperation.” Sanctuary. Published November 25, 2026; last modified December 1, 2026. Accessed [Month Day, Year]. [site address]/en/police-cooperation/.',
    );
  });

  it('give the absolute address when the site knows it, and never a bare path otherwise', () => {
    for (const style of CITATION_STYLES) {
      expect(citationText({ ...page, site: 'https://example.org' }, style)).toContain('https://example.org/en/police-cooperation/');
      expect(citationText(page, style)).not.toMatch(/(?<!\])\/en\/police-cooperation\//);
    }
  });

  it('do not add a full stop after a title that ends with a question mark', () => {
    expect(citationText({ ...page, title: 'What is a sanctuary city?' }, 'MLA')).toContain('“What Is a Sanctuary City?”');
  });

  it('write English titles in title case for MLA and Chicago, in sentence case for APA', () => {
    const services = { ...page, title: 'Services without fear' };
    expect(citationText(services, 'MLA')).toContain('“Services without Fear.”');
    expect(citationText(services, 'Chicago')).toContain('“Services without Fear.”');
    expect(citationText(services, 'APA')).toContain('. Services without fear. Sanctuary.');
  });

  it('give one date to a page never revised', () => {
    const once = { ...page, updated: page.published };
    expect(citationText(once, 'APA')).toContain('(2026, November 25). Police cooperation. Sanctuary.');
    expect(citationText(once, 'MLA')).toContain('Sanctuary, 25 Nov. 2026, [site address]');
    expect(citationText(once, 'Chicago')).toContain('Published November 25, 2026. Accessed');
    for (const style of CITATION_STYLES) expect(citationText(once, style)).not.toMatch(/updated|modified/);
  });

  it('keep the no-break spaces of a French figure when they fold a chapter’s lines into one', () => {
    const text = proseText('la police a fait 3\u202f278 appels\n  à l’ASFC <span lang="en">No One</span> :', 'fr', {} as Dataset, 'test');
    expect(text).toBe('la police a fait 3\u202f278 appels à l’ASFC No One :');
  });

  it('put no full stop after a title that ends in a question mark', () => {
    const question = {
      ...page,
      updated: page.published,
      lang: 'fr' as const,
      title: 'Qu’est-ce qu’une ville sanctuaire?',
      siteName: 'Sanctuaire',
    };
    expect(citationText(question, 'APA')).toContain('Qu’est-ce qu’une ville sanctuaire? Sanctuaire.');
    for (const style of CITATION_STYLES) expect(citationText(question, style), style).not.toMatch(/\?\./);
  });

  it('use French dates and quotation marks in French', () => {
    const fr = citationText({ ...page, lang: 'fr', title: 'Coopération policière', siteName: 'Sanctuaire' }, 'Chicago');
    expect(fr).toContain('«\u00a0Coopération policière\u00a0». ');
    expect(fr).toContain('25 novembre 2026');
  });
});

describe('French citations', () => {
  const fr: CitedPage = {
    ...page,
    lang: 'fr',
    title: 'La coopération policière',
    siteName: 'Sanctuaire',
    path: '/fr/la-cooperation-policiere/',
  };

  it('follow the French adaptations of APA, MLA and Chicago, with the access date left to the reader', () => {
    const author = EDUCATOR_UI.fr.author;
    expect(citationText(fr, 'APA')).toBe(
      `${author}. (2026, 1er décembre). La coopération policière. Sanctuaire. Récupéré le [jour mois année] de [adresse du site]/fr/la-cooperation-policiere/`,
    );
    expect(citationText(fr, 'MLA')).toBe(
      `${author}. «\u00a0La coopération policière\u00a0». Sanctuaire, 1er décembre 2026, [adresse du site]/fr/la-cooperation-policiere/. Consulté le [jour mois année].`,
    );
    expect(citationText(fr, 'Chicago')).toBe(
      `${author}. «\u00a0La coopération policière\u00a0». Sanctuaire. Publié le 25 novembre 2026; modifié le 1er décembre 2026. Consulté le [jour mois année]. [adresse du site]/fr/la-cooperation-policiere/.`,
    );
  });

  it('keep a question mark inside the guillemets and add no full stop after it', () => {
    const text = citationText({ ...fr, title: 'Qu’est-ce qu’une ville sanctuaire?' }, 'MLA');
    expect(text).toContain('«\u00a0Qu’est-ce qu’une ville sanctuaire?\u00a0» Sanctuaire');
  });

  it('contain no English words of the English citations', () => {
    for (const style of CITATION_STYLES) {
      expect(citationText(fr, style)).not.toMatch(/\b(?:Retrieved|Accessed|updated|Published|last modified|site address|team)\b/);
    }
  });
});

describe('French interface text of the apparatus', () => {
  it('is spaced as fr-CA asks and shares no sentence with the English', () => {
    const sample = (value: unknown): string =>
      typeof value === 'function' ? String((value as (...a: unknown[]) => string)(1, 2)) : String(value);
    for (const table of [EDUCATOR_UI, SHARING_TEXT] as const) {
      for (const [key, value] of Object.entries(table.fr)) {
        const text = sample(value);
        expect(text, key).not.toMatch(FRENCH_SPACING_ERROR);
        const english = sample((table.en as Record<string, unknown>)[key]);
        if (english.length > 12) expect(text, key).not.toBe(english);
      }
    }
  });
});

describe('activities', () => {
  it('ask their question in French on French pages, in fr-CA typography', () => {
    for (const key of Object.keys(ACTIVITIES)) {
      const en = activityFor(key, 'en')!;
      const fr = activityFor(key, 'fr')!;
      expect(fr.data).toBe(en.data);
      expect(fr.question).not.toBe(en.question);
      expect(fr.question, key).not.toMatch(/[“”"]|\s[;!?]|[^\u00a0]:|«[^\u00a0]|[^\u00a0]»/);
      // The column the question works with is named as the file spells it, in both languages.
      for (const code of en.question.match(/\b[a-z]+_[a-z_]+\b/g) ?? []) expect(fr.question, `${key} keeps ${code}`).toContain(code);
    }
  });

  it('refuse a data file the site does not serve', () => {
    (ACTIVITIES as Record<string, unknown>)['99-test'] = { data: 'missing.csv', question: { en: 'Q', fr: 'Q' } };
    try {
      expect(() => activityFor('99-test', 'fr')).toThrow(/data\/missing\.csv/);
    } finally {
      delete (ACTIVITIES as Record<string, unknown>)['99-test'];
    }
  });
});

describe('the data dictionary in French', () => {
  it('gives every data file a French title and description of its own', () => {
    for (const schema of ALL_SCHEMAS) {
      const fr = describedFile(schema, 'fr');
      expect(fr.title.trim(), schema.file).not.toBe('');
      expect(fr.description, schema.file).not.toBe(schema.description);
      expect(fr.description, schema.file).not.toMatch(/\s[;!?]|[^\u00a0]:\s|«[^\u00a0]|[^\u00a0]»/);
    }
  });
});

describe('step openings', () => {
  const empty = {} as Dataset;
  it('cut French prose after whole sentences, not after C.-B. or M.', () => {
    const mdx =
      '<Scrolly chart="map" id="m" title="Carte"><Step id="step-a" state={{ year: 2017 }}>New Westminster (C.-B.) a adopté une politique en juillet 2021, selon le conseil de la ville. « Une deuxième phrase » suit. Une troisième.</Step></Scrolly>';
    const [link] = stepLinks(mdx, 'fr', empty, 'test.mdx');
    expect(link!.text).toBe('New Westminster (C.-B.) a adopté une politique en juillet 2021, selon le conseil de la ville.');
  });

  it('leave no space where an inline tag inside a phrase was dropped', () => {
    const mdx =
      '<Scrolly chart="map" id="m" title="Carte"><Step id="step-a" state={{ year: 2017 }}>Une politique (<span lang="en">Sanctuary City Policy</span>) de l’<span lang="en">Athabasca University</span>.</Step></Scrolly>';
    expect(stepLinks(mdx, 'fr', empty, 'test.mdx')[0]!.text).toBe('Une politique (Sanctuary City Policy) de l’Athabasca University.');
  });

  it('open a step with as many sentences in both editions, however long the French runs', () => {
    const en =
      '<Scrolly chart="map" id="m" title="Map"><Step id="step-a" state={{}}>New Westminster adopted a Sanctuary City Policy in July 2021. Kitchener followed. A third.</Step></Scrolly>';
    const fr =
      '<Scrolly chart="map" id="m" title="Carte"><Step id="step-a" state={{}}>Une première phrase nettement plus longue que son original anglais, comme souvent. Kitchener a suivi. Une troisième.</Step></Scrolly>';
    const enSteps = stepSentences(en, 'en', empty, 'en.mdx');
    const frSteps = stepSentences(fr, 'fr', empty, 'fr.mdx');
    expect(stepLinks(fr, 'fr', empty, 'fr.mdx')[0]!.text).not.toContain('Kitchener');
    expect(stepLinks(fr, 'fr', empty, 'fr.mdx', enSteps)[0]!.text).toContain('Kitchener a suivi.');
    expect(stepLinks(en, 'en', empty, 'en.mdx', frSteps)[0]!.text).toBe(
      'New Westminster adopted a Sanctuary City Policy in July 2021. Kitchener followed.',
    );
  });

  it('give in both editions every footnoted sentence either opening gives, when a translation cuts a sentence in two', () => {
    // The shape of step-path-cbsa: the French says in two sentences what the English says in one.
    const en =
      '<Scrolly chart="m" id="m" title="Path"><Step id="step-a" state={{}}>Stage four happens at the agency, whose centre takes police enquiries about warrants and status.<Cite ids="S1" /> Of the cases, only a few became investigations, a paper reported.<Cite ids="S2" /> A third sentence.</Step></Scrolly>';
    const fr =
      '<Scrolly chart="m" id="m" title="Parcours"><Step id="step-a" state={{}}>Quatrième étape : l\'agence. Selon ses documents, c\'est son centre qui reçoit les questions des policiers sur les mandats et le statut.<Cite ids="S1" /> Des dossiers, seuls quelques-uns sont devenus des enquêtes, rapportait un journal.<Cite ids="S2" /> Une troisième phrase.</Step></Scrolly>';
    const enText = stepLinks(en, 'en', empty, 'en.mdx', stepSentences(fr, 'fr', empty, 'fr.mdx'))[0]!.text;
    const frText = stepLinks(fr, 'fr', empty, 'fr.mdx', stepSentences(en, 'en', empty, 'en.mdx'))[0]!.text;
    expect(enText).toBe(
      'Stage four happens at the agency, whose centre takes police enquiries about warrants and status. Of the cases, only a few became investigations, a paper reported.',
    );
    expect(frText).toMatch(/rapportait un journal\.$/);
    expect(frText).not.toContain('troisième');
  });

  it('count a step’s figures and footnotes by sentence, and print neither', () => {
    const mdx =
      '<Scrolly chart="m" id="m" title="T"><Step id="step-a" state={{}}>Toronto came first in 2013, council minutes say <Cite ids="S1" />. Then B.C. cities<Cite ids="S2 S3" /> followed. Last.</Step></Scrolly>';
    const [step] = stepSentences(mdx, 'en', empty, 'test.mdx');
    expect(step!.sentences).toEqual([
      { text: 'Toronto came first in 2013, council minutes say.', anchors: 1 },
      { text: 'Then B.C. cities followed.', anchors: 1 },
      { text: 'Last.', anchors: 0 },
    ]);
  });

  it('leave no space where an inline tag was dropped before punctuation, and set French spacing', () => {
    const mdx =
      '<Scrolly chart="map" id="m" title="Carte"><Step id="step-a" state={{ year: 2017 }}>Selon <span lang="en">No One Is Illegal</span>, la police appelle souvent : voici pourquoi.</Step></Scrolly>';
    expect(stepLinks(mdx, 'fr', empty, 'test.mdx')[0]!.text).toBe(
      'Selon No One Is Illegal, la police appelle souvent\u00a0: voici pourquoi.',
    );
  });
});

describe('JSON-LD of the teaching pages', () => {
  it('is in the page’s language, with root-relative addresses when the site address is unknown', () => {
    const ld = JSON.parse(
      pageJsonLd({
        type: 'DefinedTermSet',
        lang: 'fr',
        name: 'Glossaire',
        description: 'Les termes',
        path: '/fr/glossaire/',
        site: undefined,
        image: '/share/fr.png',
      }),
    ) as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@type': 'DefinedTermSet',
      inLanguage: 'fr-CA',
      name: 'Glossaire',
      image: '/share/fr.png',
      publisher: { name: 'Sanctuaire' },
    });
    expect(ld).not.toHaveProperty('url');
    const absolute = JSON.parse(
      pageJsonLd({
        type: 'DataCatalog',
        lang: 'en',
        name: 'Data',
        description: '<b>',
        path: '/en/data/',
        site: new URL('https://example.org'),
        image: '/share/en.png',
      }),
    ) as Record<string, unknown>;
    expect(absolute).toMatchObject({ url: 'https://example.org/en/data/', image: 'https://example.org/share/en.png', inLanguage: 'en-CA' });
    expect(
      pageJsonLd({ type: 'DataCatalog', lang: 'en', name: 'x', description: '</script>', path: '/', site: undefined, image: '/' }),
    ).not.toContain('</script>');
  });
});

describe('glossary matching', () => {
  it('matches whole words, either apostrophe, and a capitalised first letter', () => {
    const p = termPattern(["don't ask", 'status checks', 'status check']);
    expect(p.exec('a “don’t ask” rule')?.[0]).toBe('don’t ask');
    expect(p.exec('Status checks rose')?.[0]).toBe('Status checks');
    expect(p.exec('substatus checking')).toBeNull();
  });

  it('keeps acronyms case-sensitive', () => {
    expect(termPattern(['CBSA']).exec('the cbsa')).toBeNull();
    expect(termPattern(['CBSA']).exec('(CBSA)')?.[0]).toBe('CBSA');
  });

  it('links each term once, at its first use, and splits the text around it', () => {
    const pending = [
      { id: 'cbsa', pattern: termPattern(['CBSA']) },
      { id: 'removal', pattern: termPattern(['removals', 'removal']) },
    ];
    const { pieces, pending: left } = linkTerms('Removals by CBSA, and more CBSA removals.', pending, (id) => `/en/glossary/#term-${id}`);
    expect(left).toHaveLength(0);
    expect(pieces.map((p) => (p.type === 'text' ? p.value : `[${p.children![0]!.value}]`)).join('')).toBe(
      '[Removals] by [CBSA], and more CBSA removals.',
    );
  });
});

describe('share cards', () => {
  /** Each text block's font size and the baselines of its lines, from the card's SVG. */
  function blocks(svg: string): { size: number; baselines: number[]; text: string }[] {
    return [...svg.matchAll(/<text x="64" y="(\d+)" font-size="(\d+)"[^>]*>((?:<tspan[^>]*>[^<]*<\/tspan>)+)<\/text>/g)].map((m) => {
      let y = Number(m[1]);
      const baselines = [...m[3]!.matchAll(/dy="(\d+)"/g)].map((d) => (y += Number(d[1])));
      return { size: Number(m[2]), baselines, text: [...m[3]!.matchAll(/>([^<]*)</g)].map((t) => t[1]).join(' ') };
    });
  }

  it('keep a long French title clear of its subtitle and the subtitle above the bottom edge', () => {
    const svg = cardSvg(
      {
        siteTitle: 'Sanctuaire',
        kicker: 'Chapitre 1',
        title: 'Qu’est-ce qu’une ville sanctuaire?',
        subtitle:
          'Les villes canadiennes qui se sont penchées sur une politique de ville sanctuaire ou d’accès sans crainte, année par année',
      },
      { chart: 'map', state: { year: 2022 }, lang: 'fr', where: 'a unit test' },
    );
    const [title, subtitle] = blocks(svg);
    expect(title!.text).toContain('sanctuaire?');
    // The subtitle's first line starts below the title's last line, with room for its capitals.
    expect(subtitle!.baselines[0]! - subtitle!.size).toBeGreaterThan(title!.baselines.at(-1)!);
    expect(subtitle!.baselines.at(-1)!).toBeLessThanOrEqual(CARD_HEIGHT - 60);
  });

  it('cut a subtitle that cannot fit at a word, with an ellipsis', () => {
    const svg = cardSvg(
      {
        siteTitle: 'S',
        kicker: 'K',
        title: 'Un titre assez long pour occuper quatre lignes entières du côté gauche de la carte',
        subtitle: 'mot '.repeat(200).trim(),
      },
      { chart: 'map', state: { year: 2022 }, lang: 'fr', where: 'a unit test' },
    );
    const [, subtitle] = blocks(svg);
    expect(subtitle!.text.trim().endsWith('…')).toBe(true);
    expect(subtitle!.baselines.at(-1)!).toBeLessThanOrEqual(CARD_HEIGHT - 60);
  });
});
