/**
 * Which parts of a page are article text: shared by the content script's DOM walker and the CLI's
 * HTML reader, so both see the same text. Data only; each walker applies it to its own tree.
 */

/** Never article text: code, forms, chrome and embedded documents. Their contents are not even read. */
export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'nav', 'menu', 'aside', 'footer', 'form', 'button', 'select', 'option', 'textarea', 'input', 'label', 'dialog', 'head', 'title',
]);

/** ARIA roles that mark navigation and page chrome. */
export const SKIPPED_ROLES = new Set(['navigation', 'menu', 'menubar', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alert', 'toolbar', 'tablist']);

/** Elements that end a paragraph: their text is separated from the next block by a blank line. */
export const BLOCK_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'td', 'th', 'dt', 'dd', 'pre', 'div', 'section',
  'article', 'main', 'header', 'ul', 'ol', 'dl', 'table', 'tr', 'figure', 'hr', 'address', 'details', 'summary',
]);

/** Where the article lives, tried in order; the whole body when none is present. */
export const ARTICLE_ROOTS = ['article', 'main', '[role="main"]', '[itemprop="articleBody"]'];

/** Inline style that hides an element. */
export function isHiddenStyle(style: string | null | undefined): boolean {
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style);
}

export interface ElementFacts {
  tag: string;
  role?: string | null;
  hidden?: boolean;
  ariaHidden?: string | null;
  style?: string | null;
  contentEditable?: string | null;
}

/** Whether an element (and everything inside it) is left out of the article text. */
export function isSkippedElement(e: ElementFacts): boolean {
  return (
    SKIPPED_TAGS.has(e.tag) ||
    (!!e.role && SKIPPED_ROLES.has(e.role)) ||
    !!e.hidden ||
    e.ariaHidden === 'true' ||
    isHiddenStyle(e.style) ||
    (e.contentEditable !== null && e.contentEditable !== undefined && e.contentEditable !== 'false' && e.contentEditable !== 'inherit')
  );
}
