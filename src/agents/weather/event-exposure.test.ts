import { describe, expect, it } from 'vitest';
import { exposureOf } from './event-exposure.js';

const of = (subject: string, location: string | null = null) => exposureOf({ subject, location });

describe('exposureOf', () => {
  it('finds outdoor activities in the title or the location', () => {
    expect(of('Team run')).toBe('outdoor');
    expect(of('Lunch', 'Hyde Park')).toBe('outdoor');
    expect(of('Site visit: Elm Street')).toBe('outdoor');
    expect(of('BBQ at Tom’s')).toBe('outdoor');
    expect(of('Sunday cycling')).toBe('outdoor');
  });

  it('finds travel', () => {
    expect(of('Flight BA 123 to Berlin')).toBe('travel');
    expect(of('Pick up Mum', 'Leeds station')).toBe('travel');
    expect(of('Commute')).toBe('travel');
    expect(of('Ferry to Calais')).toBe('travel');
  });

  it('ignores indoor look-alikes', () => {
    expect(of('Dry run for the launch')).toBeUndefined();
    expect(of('Run-through of slides')).toBeUndefined();
    expect(of('Share the Google Drive link')).toBeUndefined();
    expect(of('Parking permit renewal')).toBeUndefined();
    expect(of('Training: security basics')).toBeUndefined();
    expect(of('1:1', 'Business Park, Building 3')).toBeUndefined();
    expect(of('Sprint planning', 'Room 2')).toBeUndefined();
  });
});
