import type { Finding } from '../engine/types';
import { asOfText, type PagePublished } from '../shared/as-of';
import { CATEGORY_STYLE } from '../shared/categories';

export interface Tooltip {
  show(finding: Finding, phrase: string, anchor: DOMRect, focus?: boolean): void;
  hide(): void;
  contains(target: EventTarget | null): boolean;
}

const CSS = `
:host { all: initial; }
.tip { position: fixed; z-index: 2147483647; max-width: 340px; box-sizing: border-box; padding: 10px 12px;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; background: #fff;
  border: 1px solid rgba(0,0,0,.15); border-left: 4px solid var(--c); border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.tip[hidden] { display: none; }
.cat { font-weight: 650; color: var(--c); margin: 0 0 4px; }
p { margin: 0 0 6px; }
.as-of { font-size: 12px; opacity: .8; }
.fact { font-size: 12px; padding: 6px 8px; border-radius: 6px; background: rgba(127,127,127,.12); }
a { color: inherit; }
button { font: inherit; font-size: 12px; margin-top: 4px; padding: 3px 8px; border-radius: 6px; border: 1px solid rgba(127,127,127,.5); background: transparent; color: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid var(--c); outline-offset: 2px; }
@media (prefers-color-scheme: dark) { .tip { color: #f2f2f2; background: #232325; border-color: rgba(255,255,255,.18); } }
`;

/**
 * The hover card, in a shadow root so the page cannot restyle it and its styles cannot leak.
 * Every piece of page or fact text goes in through textContent.
 */
export function createTooltip(doc: Document, onDismiss: (finding: Finding, phrase: string) => void, signal: AbortSignal, published?: () => PagePublished): Tooltip {
  const host = doc.createElement('gossip-lens-tooltip');
  // Open, so tests and assistive tools can read it; page CSS still cannot reach inside.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.hidden = true;
  tip.setAttribute('role', 'tooltip');
  shadow.append(style, tip);
  doc.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });

  let current: { finding: Finding; phrase: string } | undefined;
  const el = (tag: string, className: string, text?: string) => {
    const e = doc.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  return {
    show(finding, phrase, anchor, focus = false) {
      current = { finding, phrase };
      const style = CATEGORY_STYLE[finding.category];
      tip.style.setProperty('--c', style.colour);
      tip.replaceChildren(el('p', 'cat', style.label), el('p', '', finding.message));
      if (finding.evidence) {
        const fact = el('p', 'fact', `${finding.evidence.fact} `);
        const link = el('a', '', 'Source') as HTMLAnchorElement;
        if (/^https:\/\//.test(finding.evidence.source)) link.href = finding.evidence.source;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        fact.append(link, doc.createTextNode(` (as of ${finding.evidence.asOf})`));
        tip.append(fact);
      }
      if (finding.category === 'fact-contradiction' && published) {
        tip.append(el('p', 'as-of', `${asOfText(published())}.`));
      }
      const dismiss = el('button', '', 'Not an issue here') as HTMLButtonElement;
      dismiss.type = 'button';
      dismiss.title = `Stop flagging "${phrase}" on this site`;
      dismiss.addEventListener('click', () => current && onDismiss(current.finding, current.phrase));
      tip.append(dismiss);
      tip.hidden = false;
      const width = Math.min(340, doc.documentElement.clientWidth - 16);
      const left = Math.max(8, Math.min(anchor.left, doc.documentElement.clientWidth - width - 8));
      const below = anchor.bottom + 8;
      tip.style.left = `${left}px`;
      tip.style.top = `${below + 160 > doc.documentElement.clientHeight ? Math.max(8, anchor.top - 8 - tip.offsetHeight) : below}px`;
      if (focus) dismiss.focus();
    },
    hide() {
      tip.hidden = true;
      current = undefined;
    },
    contains: (target) => target === host,
  };
}
