import { toolPages } from '@/content/site';
import { parseExcerpt, type ExcerptPart } from './excerpt';

/** One result as this site shows it: plain parts, never HTML from the index. */
export type SearchHit = { url: string; title: string; href: string; excerpt: ExcerptPart[]; sections: { title: string; url: string }[] };

type Anchor = { element: string; id: string; location: number };
type Fragment = {
  url: string;
  excerpt: string;
  meta: { title?: string };
  anchors?: Anchor[];
  locations?: number[];
  weighted_locations?: { weight: number; location: number }[];
  sub_results?: { title: string; url: string }[];
};
type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string) => Promise<{ results: { data: () => Promise<Fragment> }[] } | null>;
};

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once, on first use. It picks the index of <html lang> and fetches only from this site. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf: Pagefind = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url);
    await pf.options({ excerptLength: 24 });
    return pf;
  })();
  // A failed load (offline, blocked) may succeed later: forget it so the next search tries again.
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * Places worth linking to: headings and blocks (a glossary entry, a checklist item). Ids on
 * paragraphs and form controls exist for aria-describedby, and generated ids (React's) are not ours.
 */
const linkable = (a: Anchor) => /^(h[1-6]|li|div|section|article|dt|dd|details|figure|aside)$/.test(a.element) && /^[a-z][a-z0-9-]*$/i.test(a.id);

/**
 * The place on the page that answers best. Each element with an id (a heading, a glossary term,
 * a checklist item) starts a part of the page; the part whose matches score highest wins, the
 * earlier on a tie. A match scores its weight (headings and glossary terms weigh more) times its
 * place in a run of adjacent matches, so the words of a phrase together ("servicios en la nube")
 * outscore the same common words scattered ("en", "la"). Pagefind's own sub-results only know headings, and
 * glossary terms and checklist items are not headings.
 */
export function bestHref(data: Pick<Fragment, 'url' | 'anchors' | 'weighted_locations' | 'locations'>): string {
  const weighted = data.weighted_locations?.length ? data.weighted_locations : (data.locations ?? []).map((location) => ({ location, weight: 1 }));
  const anchors = (data.anchors ?? []).filter(linkable).sort((a, b) => a.location - b.location);
  const scores = new Map<string, { score: number; at: number }>();
  let run = 0;
  let previous = -2;
  for (const { location, weight } of [...weighted].sort((a, b) => a.location - b.location)) {
    run = location === previous + 1 ? run + 1 : 1;
    previous = location;
    const part = anchors.filter((a) => a.location <= location).at(-1);
    const key = part?.id ?? '';
    const entry = scores.get(key) ?? { score: 0, at: part?.location ?? -1 };
    scores.set(key, { ...entry, score: entry.score + weight * run });
  }
  const [best] = [...scores.entries()].sort(([, a], [, b]) => b.score - a.score || a.at - b.at);
  return best?.[0] ? `${data.url}#${best[0]}` : data.url;
}

/**
 * A tool's page (questions, script) is indexed from its no-JavaScript markup, whose parts the
 * tool replaces once it runs: a result links to the page itself, never to a part that will not be there.
 */
export function isToolPage(url: string): boolean {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/, '').replace(/[?#].*$/, '').replace(/^\/[^/]+/, '');
  return (toolPages as readonly string[]).includes(path);
}

export async function searchSite(query: string, limit = 20): Promise<SearchHit[]> {
  const pf = await loadPagefind();
  const found = await pf.search(query);
  const data = await Promise.all((found?.results ?? []).slice(0, limit).map((r) => r.data()));
  return data.map((d) => ({
    url: d.url,
    title: d.meta.title ?? d.url,
    href: isToolPage(d.url) ? d.url : bestHref(d),
    excerpt: parseExcerpt(d.excerpt),
    sections: isToolPage(d.url) ? [] : (d.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 3).map((s) => ({ title: s.title, url: s.url })),
  }));
}
