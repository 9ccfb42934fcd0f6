import { inviteText, minutesFor } from '../lib/invite';
import { resumeLink, resumeTokenFromHash } from '../../participant/storage';

describe('the invite text', () => {
  const base = {
    title: 'DE vs MLOps — Payments team',
    purpose: 'Who owns what between our data and ML platform teams',
    closesAt: '2026-12-03T13:00:00.000Z',
    timeZone: 'Europe/Berlin',
    concerns: 20,
    joinUrl: 'https://thinline.example/j/AB3K7Q',
    joinCode: 'AB3K7Q',
  };

  it('says what, what for, by when in the readers\' zone, how long, and where', () => {
    expect(inviteText(base)).toBe(
      [
        'Before our workshop "DE vs MLOps — Payments team", please answer a short survey on your phone or computer.',
        'What it is for: Who owns what between our data and ML platform teams',
        'Please answer by Thursday 3 December, 14:00 (Central European Standard Time); the link shows the deadline in your own time zone.',
        'It takes about 10 minutes: 20 questions on who owns what. Your answers stay hidden until we look at them together.',
        'Answer here: https://thinline.example/j/AB3K7Q (or enter the code AB3K7Q). You can stop and come back later on the same device.',
      ].join('\n\n'),
    );
  });

  it('follows the readers\' zone and leaves out what is not there', () => {
    const text = inviteText({ ...base, purpose: '  ', closesAt: null, timeZone: 'America/New_York' });
    expect(text).not.toContain('What it is for');
    expect(text).not.toContain('answer by');
    expect(inviteText({ ...base, timeZone: 'America/New_York' })).toContain('Thursday 3 December, 08:00 (Eastern Standard Time)');
  });

  it('estimates half a minute per question, at least one minute', () => {
    expect([minutesFor(1), minutesFor(4), minutesFor(5), minutesFor(20)]).toEqual([1, 2, 3, 10]);
  });
});

describe('the personal resume link', () => {
  it('carries the token in the fragment and reads it back', () => {
    const link = resumeLink('https://thinline.example', 'AB3K7Q', 'abcDEF123_-abcDEF123_-xyz');
    expect(link).toBe('https://thinline.example/j/AB3K7Q#resume=abcDEF123_-abcDEF123_-xyz');
    expect(resumeTokenFromHash(new URL(link).hash)).toBe('abcDEF123_-abcDEF123_-xyz');
    expect(resumeTokenFromHash('#resume=short')).toBeNull();
    expect(resumeTokenFromHash('')).toBeNull();
  });
});
