import { DEFAULT_SETTINGS, readSessionSettings } from './session.js';

describe('readSessionSettings', () => {
  it('reads a setting added after the session was stored as its default', () => {
    // a session stored before k and the participant cap existed
    const stored = { pacing: 'facilitator-led', anonymity: 'named', answerMode: 'raci', threshold: 0.6 };
    expect(readSessionSettings(stored)).toEqual({
      pacing: 'facilitator-led',
      anonymity: 'named',
      answerMode: 'raci',
      threshold: 0.6,
      minSegmentSize: DEFAULT_SETTINGS.minSegmentSize,
      maxParticipants: DEFAULT_SETTINGS.maxParticipants,
      locale: 'en',
    });
  });

  it('keeps every stored value over the defaults', () => {
    const stored = { pacing: 'facilitator-led', anonymity: 'named', answerMode: 'raci', threshold: 0.25, minSegmentSize: 5, maxParticipants: 40, locale: 'ja' };
    expect(readSessionSettings(stored)).toEqual(stored);
  });

  it('gives the defaults for nothing stored', () => {
    expect(readSessionSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(readSessionSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses stored settings that are not valid, rather than guessing', () => {
    expect(() => readSessionSettings({ pacing: 'whenever' })).toThrow();
    expect(() => readSessionSettings({ threshold: 2 })).toThrow();
  });
});
