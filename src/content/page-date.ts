import {
  ARTICLE_CONTAINERS, isDatePublishedProp, isHeaderTimeCandidate, isJsonLdScript, metaName, microdataValue, publishedDate,
  type DateElement, type PageDate, type PageDateInput,
} from '../extract/published-date';

const view = (e: Element): DateElement => ({ tag: e.localName.toLowerCase(), attr: (n) => e.getAttribute(n) });

/** What the live page says about its date, gathered with the browser's selectors (fast on huge pages). */
export function pageDateInput(doc: Document, href: string | undefined): PageDateInput {
  const metas: { name: string; content: string }[] = [];
  for (const m of doc.querySelectorAll('meta[content]')) {
    const name = metaName(view(m));
    if (name) metas.push({ name, content: m.getAttribute('content')! });
  }
  const jsonLd = [...doc.querySelectorAll('script[type]')].filter((s) => isJsonLdScript(view(s))).map((s) => s.textContent ?? '');
  const microdata = [...doc.querySelectorAll('[itemprop]')]
    .filter((e) => isDatePublishedProp(view(e)))
    .map((e) => ({ tag: e.localName.toLowerCase(), value: microdataValue(view(e), () => e.textContent ?? '') }));
  const headerTimes = [...doc.querySelectorAll(`${ARTICLE_CONTAINERS.map((c) => `${c} header time[datetime]`).join(', ')}, time[datetime][pubdate]`)]
    .filter((t) => isHeaderTimeCandidate(view(t)))
    .map((t) => t.getAttribute('datetime')!);
  const urls = [href, doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), doc.querySelector('meta[property="og:url"]')?.getAttribute('content')];
  return { metas, jsonLd, microdata, headerTimes, urls: urls.filter((u): u is string => !!u) };
}

/** The page's publication date, read from the live document. */
export function readPageDate(doc: Document, href: string | undefined = doc.location?.href, now?: Date): PageDate | undefined {
  return publishedDate(pageDateInput(doc, href), now);
}
