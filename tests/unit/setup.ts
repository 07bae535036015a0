/**
 * The component tests (jsdom) clean up after each test as @testing-library/svelte's own setup does. Most of
 * the suite runs in node and needs none of it: loading the library for every file cost ≈ 0.25 s a file.
 */
import { beforeEach } from 'vitest';

if (typeof document !== 'undefined') {
  const { act, cleanup, setup } = await import('@testing-library/svelte');
  beforeEach(async () => {
    await setup();
    return async () => {
      await act();
      cleanup();
    };
  });
}
