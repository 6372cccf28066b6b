import { beforeEach, describe, expect, it } from 'vitest';
import { ContactPages, PAGE_SIZE } from '../../../renderer/features/contacts/lists/contact-pages';
import type { ContactPageView, ContactView } from '../../../shared/contacts/contact-types';
import { connectMemoryApi, deferred, MemoryTransport, settle } from './memory-api';

const TOTAL = 1_000_000;
let pending: { page: number; answer(): void }[];
let transport: MemoryTransport;

const contact = (index: number): ContactView => ({
  id: index + 1,
  phone: `+4915${String(10_000_000 + index)}`,
  country: 'DE',
  fields: {},
  warning: null,
  sourceRow: index + 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  optedOut: false,
});

beforeEach(() => {
  pending = [];
  // Every query waits until the test answers it, like an engine busy with the one before.
  transport = new MemoryTransport({
    'contacts:query': ({ offset, limit }) => {
      const d = deferred<ContactPageView>();
      pending.push({
        page: Math.floor(offset / PAGE_SIZE),
        answer: () =>
          d.resolve({
            rows: Array.from({ length: limit }, (_, i) => contact(offset + i)),
            total: TOTAL,
          }),
      });
      return d.promise;
    },
  });
  connectMemoryApi(transport);
});

const requested = () =>
  transport.calls
    .filter((c) => c.channel === 'contacts:query')
    .map((c) => (c.input as { offset: number }).offset / PAGE_SIZE);

async function answerAll(): Promise<void> {
  while (pending.length > 0) {
    for (const p of pending.splice(0)) p.answer();
    await settle();
  }
}

describe('contact pages', () => {
  it('skips the pages a fast scroll only passes: at most two queries on their way', async () => {
    const pages = new ContactPages(1, '', 'stamp');
    pages.ensure(0, 30);
    await answerAll();
    // The scrollbar is dragged through 50 pages before the engine answers anything.
    for (let page = 1; page <= 50; page++) pages.ensure(page * PAGE_SIZE, page * PAGE_SIZE + 30);
    expect(pending.map((p) => p.page)).toEqual([1, 2]);
    await answerAll();
    // Then the page the user stopped at; nothing in between.
    expect(requested()).toEqual([0, 1, 2, 50]);
    expect(pages.row(50 * PAGE_SIZE)?.id).toBe(50 * PAGE_SIZE + 1);
    expect(pages.row(20 * PAGE_SIZE)).toBeUndefined();
  });

  it('fetches the next page ahead once the rows in view pass half of theirs', async () => {
    const pages = new ContactPages(1, '', 'stamp');
    pages.ensure(0, 30);
    await answerAll();
    expect(requested()).toEqual([0]);
    pages.ensure(80, 110);
    await answerAll();
    expect(requested()).toEqual([0, 1]);
    // Scrolling back up from page 5 fetches page 4 before its rows are in view.
    pages.ensure(5 * PAGE_SIZE + 150, 5 * PAGE_SIZE + 180);
    await answerAll();
    pages.ensure(5 * PAGE_SIZE + 60, 5 * PAGE_SIZE + 90);
    await answerAll();
    expect(requested()).toEqual([0, 1, 5, 6, 4]);
  });

  it('re-renders the table for a page in view, the page around it only when the total changes', async () => {
    const pages = new ContactPages(1, '', 'stamp');
    let table = 0;
    pages.subscribe(() => table++);
    const meta = pages.metaSnapshot();
    pages.ensure(0, 150);
    await answerAll();
    // Page 0 (in view) and page 1 (ahead, not in view): one render.
    expect(requested()).toEqual([0, 1]);
    expect(table).toBe(1);
    expect(pages.total).toBe(TOTAL);
    const known = pages.metaSnapshot();
    expect(known).not.toBe(meta);
    pages.ensure(PAGE_SIZE, PAGE_SIZE + 30);
    pages.ensure(2 * PAGE_SIZE + 120, 2 * PAGE_SIZE + 150);
    await answerAll();
    expect(pages.metaSnapshot()).toBe(known);
    expect(pages.snapshot()).toBe(2);
  });
});
