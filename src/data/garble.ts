// Apart from normalise.ts, which pulls in opencc-js: the citation check that reads this runs in the browser too.
/** What the web scrape wrote for a character it lost; citations must never depend on one. */
export const GARBLE_MARK = '?';
