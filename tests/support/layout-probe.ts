// Layout checks run inside the page: what sticks out of the viewport sideways, which controls
// are too small to tap, and the in-app pages a page links to (for crawling every main page).
import type { Page } from 'playwright-core';

export interface OverflowReport {
  /** document.documentElement.scrollWidth: the page's own width, what a phone scrolls sideways to. */
  scrollWidth: number;
  viewport: number;
  /** Elements whose box leaves the viewport and that no scrolling box of their own holds. */
  offenders: string[];
}

export function overflowReport(page: Page): Promise<OverflowReport> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}` +
      ` «${(el.textContent ?? '').trim().slice(0, 40)}»`;
    // A box that scrolls sideways (overflow-x auto/scroll) holds its wide content: the page does
    // not move. One that clips (hidden/clip) cuts it off, which is as bad as sticking out.
    const scrolledInside = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll') return true;
      }
      return false;
    };
    const offenders: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left >= -0.5 && r.right <= viewport + 0.5) continue;
      if (scrolledInside(el)) continue;
      // The visually hidden pattern (1 px, clipped) is meant for screen readers.
      if (r.width <= 1 && r.height <= 1) continue;
      offenders.push(`${name(el)} ${Math.round(r.left)}…${Math.round(r.right)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, viewport, offenders: offenders.slice(0, 8) };
  });
}

/** Visible buttons, fields, menus and navigation links shorter or narrower than minPx. */
export function smallTargets(page: Page, minPx = 44): Promise<string[]> {
  return page.evaluate((min) => {
    const selector = [
      'button',
      'a.button',
      'summary',
      'select',
      'input:not([type=hidden]):not([type=checkbox]):not([type=radio])',
      'nav a',
    ].join(',');
    const small: string[] = [];
    for (const el of document.querySelectorAll(selector)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // Half a pixel of rounding is not a miss.
      if (r.height + 0.5 < min || r.width + 0.5 < min) {
        const label = (el.textContent || el.getAttribute('aria-label') || el.getAttribute('name') || '').trim().slice(0, 30);
        small.push(`${el.tagName.toLowerCase()} «${label}» ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return small.slice(0, 8);
  }, minPx);
}

// Files, exports and printouts are not pages (nor is a link marked `download`); logging out ends the crawl.
const NOT_A_PAGE = /\/(download|print|export|scan|personal-data|refusal-notice|cancellation-notice|distribution)(\/|$)|\.(pdf|docx|xlsx|zip|csv)$|^\/api\//;

/** The in-app pages (path and query) linked from the current page's main content. */
export function linkedPages(page: Page): Promise<string[]> {
  return page
    .$$eval('main a[href^="/"]:not([download])', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href)).map((u) => u.pathname + u.search))
    .then((paths) => [...new Set(paths)].filter((p) => !NOT_A_PAGE.test(p.split('?')[0]!)));
}

/** A page's shape: query dropped and ids replaced, so /pairs/<a> and /pairs/<b>?x=1 count as one page. */
export const pageShape = (path: string) => path.split('?')[0]!.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id');
