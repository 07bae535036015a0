// @vitest-environment jsdom
import { render, waitFor } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import parsed from 'virtual:huize-data';
import { describe, expect, it } from 'vitest';
import App from '../../../src/app/App.svelte';
import { AppController } from '../../../src/app/controller.svelte';
import { joinData } from '../../../src/data/join';
import { i18n } from '../../../src/i18n/i18n.svelte';

// jsdom measures no layout: the overlays' observer has nothing to report there.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
// …and no WebGL: the map cannot start (as on a machine without it), and the app shows its table instead.
HTMLCanvasElement.prototype.getContext = () => null;

/** The bundled dataset cut down to the activities of one township: a smaller report, swapped in at run time. */
function smallerData(activityIds: ReadonlySet<string>) {
  return joinData({ ...parsed, activities: parsed.activities.filter((a) => activityIds.has(a.id)) });
}

describe('App: the dataset is a replaceable input', () => {
  // Generous: it mounts the whole app in jsdom, which takes seconds on a busy 2-core machine.
  it(
    'list, panels, table, tour and figures all follow when the data is replaced',
    { timeout: 30_000 },
    async () => {
      const c = new AppController();
      const { container } = render(App, { props: { controller: c } });
      // jsdom has no WebGL: the map cannot start and the app shows its table, which is what a test can read.
      await waitFor(
        () => expect(container.querySelector('[data-testid="table-activities"]')).not.toBeNull(),
        {
          timeout: 10_000,
        },
      );

      const withRecords = [...c.data.activitiesByTownship].filter(([, list]) => list.length > 0);
      expect(withRecords.length).toBeGreaterThan(2);
      const [keep, kept] = withRecords[0]!;
      const dropped = withRecords.find(
        ([code]) => !kept.some((a) => c.data.townshipsOf(a).includes(code)),
      )?.[0];
      expect(dropped).toBeDefined();
      const listValue = (code: string) =>
        container
          .querySelector(`[data-testid="township-list"] button[data-code="${code}"] .value`)
          ?.textContent?.trim();
      const tableRows = () => container.querySelectorAll('[data-testid="table-activities"] tbody tr').length;
      const tourTownships = () => c.tour.steps.filter((s) => s.kind === 'township').length;

      expect(listValue(dropped!)).not.toBe(i18n.t('list.noRecord'));
      const rowsBefore = tableRows();
      const stepsBefore = tourTownships();
      const activitiesBefore = c.model.filtered.activities.size;

      const smaller = smallerData(new Set(kept.map((a) => a.id)));
      c.replaceData(smaller);
      flushSync();

      expect(c.model.filtered.activities.size).toBe(smaller.activities.size);
      expect(smaller.activities.size).toBeLessThan(activitiesBefore);
      await waitFor(() => expect(listValue(dropped!)).toBe(i18n.t('list.noRecord')));
      expect(listValue(keep)).not.toBe(i18n.t('list.noRecord'));
      expect(tableRows()).toBeLessThan(rowsBefore);
      expect(tourTownships()).toBe([...smaller.activitiesByTownship].filter(([, l]) => l.length > 0).length);
      expect(tourTownships()).toBeLessThan(stepsBefore);
    },
  );

  it('drops choices that name what the new data lacks, as a link naming them would be', () => {
    const c = new AppController();
    const site = [...c.join.known.sites][0]!;
    c.select({ kind: 'site', id: site }, { via: 'panel' });
    expect(c.app.selection).toEqual({ kind: 'site', id: site });
    c.replaceData(joinData({ ...parsed, places: parsed.places.filter((p) => p.id !== site) }));
    expect(c.app.selection).toBeNull();
  });
});
