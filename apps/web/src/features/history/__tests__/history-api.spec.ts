import { describe, expect, it } from '@jest/globals';
import { historyPath, historyQuery } from '../api';

const W = '30000000-0000-4000-8000-000000000001';

describe('the history request', () => {
  it('asks for the sentences in the shown language, for the page and for the download', () => {
    expect(historyPath(W, 'de')).toBe(`/api/workshops/${W}/history?locale=de`);
    expect(historyPath(W, 'pt-BR', '.json')).toBe(`/api/workshops/${W}/history.json?locale=pt-BR`);
  });

  it('is a different query in another language, so switching the language fetches again', () => {
    expect(historyQuery(W, 'de').queryKey).not.toEqual(historyQuery(W, 'en').queryKey);
    expect(historyQuery(W, 'ja').queryKey).toEqual(historyQuery(W, 'ja').queryKey);
  });
});
