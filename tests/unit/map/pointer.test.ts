import { describe, expect, it } from 'vitest';
import {
  isAdditive,
  longPress,
  pressStep,
  type PressEvent,
  type PressState,
  type PressStep,
} from '../../../src/map/interaction/pointer';

describe('isAdditive', () => {
  const tests = [
    { keys: { shiftKey: false, ctrlKey: false, metaKey: false }, expected: false },
    { keys: { shiftKey: true, ctrlKey: false, metaKey: false }, expected: true },
    { keys: { shiftKey: false, ctrlKey: true, metaKey: false }, expected: true },
    { keys: { shiftKey: false, ctrlKey: false, metaKey: true }, expected: true },
    { keys: { shiftKey: true, ctrlKey: true, metaKey: true }, expected: true },
  ];
  for (const { keys, expected } of tests) {
    it(`${JSON.stringify(keys)} → ${expected}`, () => expect(isAdditive(keys)).toBe(expected));
  }
});

describe('pressStep', () => {
  const at = { x: 100, y: 200 };
  const idle: PressState = { phase: 'idle' };
  const pressing: PressState = { phase: 'pressing', start: at };
  const held: PressState = { phase: 'held' };
  const lifted: PressState = { phase: 'lifted', until: 1000 + longPress.swallowMs };
  const nudge = (dx: number, dy: number): PressEvent => ({
    type: 'move',
    point: { x: at.x + dx, y: at.y + dy },
  });

  const tests: { name: string; state: PressState; event: PressEvent; expected: PressStep }[] = [
    {
      name: 'one finger down starts a press',
      state: idle,
      event: { type: 'start', point: at, touches: 1 },
      expected: { state: pressing },
    },
    {
      name: 'a second finger is a pinch, not a press',
      state: pressing,
      event: { type: 'start', point: at, touches: 2 },
      expected: { state: idle },
    },
    {
      name: 'a wobble within the slop keeps the press',
      state: pressing,
      event: nudge(6, 7),
      expected: { state: pressing },
    },
    { name: 'moving past the slop is a pan', state: pressing, event: nudge(8, 7), expected: { state: idle } },
    {
      name: 'the time runs out while pressing: a long press where the finger went down',
      state: pressing,
      event: { type: 'elapsed' },
      expected: { state: held, longPressAt: at },
    },
    {
      name: 'a timer that fires after the press ended does nothing',
      state: idle,
      event: { type: 'elapsed' },
      expected: { state: idle },
    },
    {
      name: 'lifted before the time: an ordinary tap follows',
      state: pressing,
      event: { type: 'end', at: 300 },
      expected: { state: idle },
    },
    {
      name: 'that tap is a click',
      state: idle,
      event: { type: 'click', at: 320 },
      expected: { state: idle },
    },
    {
      name: 'lifted after a long press: the tap that may follow is held back',
      state: held,
      event: { type: 'end', at: 1000 },
      expected: { state: lifted },
    },
    {
      name: 'the tap after a long press is dropped',
      state: lifted,
      event: { type: 'click', at: 1020 },
      expected: { state: idle, swallow: true },
    },
    {
      name: 'a click long after the press is a click',
      state: lifted,
      event: { type: 'click', at: 1001 + longPress.swallowMs },
      expected: { state: idle },
    },
    {
      name: 'a click while still held is dropped',
      state: held,
      event: { type: 'click', at: 900 },
      expected: { state: held, swallow: true },
    },
    {
      name: 'moving after the long press fired changes nothing',
      state: held,
      event: nudge(50, 0),
      expected: { state: held },
    },
    {
      name: 'a new touch after a long press starts afresh (its tap is not dropped)',
      state: lifted,
      event: { type: 'start', point: at, touches: 1 },
      expected: { state: pressing },
    },
    {
      name: 'a mouse click with no touch at all',
      state: idle,
      event: { type: 'click', at: 5 },
      expected: { state: idle },
    },
  ];
  for (const { name, state, event, expected } of tests) {
    it(name, () => expect(pressStep(state, event)).toEqual(expected));
  }
});
