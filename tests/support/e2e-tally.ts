// Counts what a user does on the way through the app, to tell how long the whole path takes
// a new user: screens (every change of the page's path,
// by link, redirect or typed address), clicks (buttons, links, check boxes, list choices and
// file pickers) and fields typed into. The walk performs its actions through it, so the count
// is what the test really did — checks that only read the page are not counted.
import type { Locator, Page } from 'playwright-core';

export interface Counts {
  screens: number;
  clicks: number;
  fields: number;
}

export class Tally {
  private counts: Counts = { screens: 0, clicks: 0, fields: 0 };
  private path = '';

  /** Starts watching a page (a new one after a sign-out counts its screens too). */
  watch(page: Page): void {
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      const path = new URL(frame.url()).pathname;
      if (path !== this.path) this.counts.screens++;
      this.path = path;
    });
  }

  async click(target: Locator): Promise<void> {
    this.counts.clicks++;
    await target.click();
  }

  async check(target: Locator): Promise<void> {
    this.counts.clicks++;
    await target.check();
  }

  async select(target: Locator, option: string | { label: string }): Promise<void> {
    this.counts.clicks++;
    await target.selectOption(option);
  }

  async fill(target: Locator, value: string): Promise<void> {
    this.counts.fields++;
    await target.fill(value);
  }

  async upload(target: Locator, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    this.counts.clicks++;
    await target.setInputFiles(file);
  }

  snapshot(): Counts {
    return { ...this.counts };
  }
}
