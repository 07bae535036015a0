/**
 * The screen's own switches, none of which a link holds: the legend folded or open, the filters and
 * export dialogs, an export under way, a map that could not start. Written only by these methods.
 */
export class UiState {
  #legendOpen = $state(true);
  #filtersOpen = $state(false);
  #exportOpen = $state(false);
  #exportUsed = $state(false);
  #exporting = $state(false);
  #exportFocus = $state<readonly string[] | null>(null);
  #mapFailed = $state(false);

  /** The legend over the map, or its chip; folded at first on a phone, where the map has little room. */
  get legendOpen(): boolean {
    return this.#legendOpen;
  }
  get filtersOpen(): boolean {
    return this.#filtersOpen;
  }
  get exportOpen(): boolean {
    return this.#exportOpen;
  }
  /** Export is mounted from its first use on: the first view neither loads nor computes it. */
  get exportUsed(): boolean {
    return this.#exportUsed;
  }
  /** While an export draws the map: no hover, no dimming. */
  get exporting(): boolean {
    return this.#exporting;
  }
  /** While an atlas draws a page's map: the townships it is of (the rest dimmed), else null. */
  get exportFocus(): readonly string[] | null {
    return this.#exportFocus;
  }
  get mapFailed(): boolean {
    return this.#mapFailed;
  }

  setLegendOpen(open: boolean): void {
    this.#legendOpen = open;
  }
  setFiltersOpen(open: boolean): void {
    this.#filtersOpen = open;
  }
  openExport(): void {
    this.#exportUsed = true;
    this.#exportOpen = true;
  }
  closeExport(): void {
    this.#exportOpen = false;
  }
  setExporting(active: boolean): void {
    this.#exporting = active;
  }
  setExportFocus(codes: readonly string[] | null): void {
    this.#exportFocus = codes;
  }
  mapCouldNotStart(): void {
    this.#mapFailed = true;
  }
  /** A talk shows the map and one panel: the dialogs close. */
  closeDialogs(): void {
    this.#filtersOpen = false;
    this.#exportOpen = false;
  }
}
