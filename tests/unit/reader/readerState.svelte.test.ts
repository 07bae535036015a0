// @vitest-environment jsdom
/**
 * The reader's state goes through AppState's methods only, and the address holds it: `#read=<source>&at=<record>`
 * when the reader is the tab shown, so a link opens the report at a phrase.
 */
import { describe, expect, it } from 'vitest';
import { AppState } from '../../../src/state/appState.svelte';
import { defaultState, formatUrlState } from '../../../src/state/urlState';

const address = (s: AppState) => formatUrlState(s.toUrlState());

describe('the reader in the app state and the address', () => {
  it('opens on a source at a record, full screen on a phone', () => {
    const s = new AppState();
    s.openReader('src-a', 'act-a', true);
    expect([s.tab, s.read, s.at, s.sheet]).toEqual(['reader', 'src-a', 'act-a', 'full']);
    expect(address(s)).toBe('#read=src-a&at=act-a');
  });

  it('leaves the sheet alone elsewhere, and writes tab=reader while it shows its default source', () => {
    const s = new AppState();
    s.openReader(null, 'act-a', false);
    expect([s.tab, s.read, s.at, s.sheet]).toEqual(['reader', null, null, 'peek']);
    expect(address(s)).toBe('#tab=reader');
  });

  it('keeps its source while another tab is shown, without putting it in the address', () => {
    const s = new AppState();
    s.openReader('src-a', 'act-a', false);
    s.select({ kind: 'township', code: '530326102' }, { via: 'panel' });
    expect(s.tab).toBe('detail');
    expect(address(s)).toBe('#sel=530326102');
    s.setTab('reader');
    expect(address(s)).toBe('#sel=530326102&read=src-a&at=act-a');
  });

  it('reads another source from its start', () => {
    const s = new AppState();
    s.openReader('src-a', 'act-a', false);
    s.setReading('src-b');
    expect(address(s)).toBe('#read=src-b');
  });

  it('takes a link to a phrase, and a link without one', () => {
    const s = new AppState();
    s.apply({ ...defaultState, tab: 'reader', read: 'src-b', at: 'pair-b' });
    expect([s.tab, s.read, s.at]).toEqual(['reader', 'src-b', 'pair-b']);
    s.apply(defaultState);
    expect([s.tab, s.read, s.at]).toEqual(['detail', null, null]);
  });
});
