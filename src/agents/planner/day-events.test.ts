import { describe, expect, it } from 'vitest';
import { isOwnDayOff } from './day-events.js';

describe('isOwnDayOff', () => {
  it.each([
    ['Annual leave', true],
    ['OOO', true],
    ['Out of office', true],
    ['Bank holiday', true],
    ['Sam on leave', true],
    ["Priya's vacation", false],
    ['Priya on leave', false],
    ['Dad’s birthday', false],
    ['Team offsite', false],
  ])('%s -> %s for Sam Rivera', (title, own) => {
    expect(isOwnDayOff(title, 'Sam Rivera')).toBe(own);
  });
});
