import express from 'express';
import { fetchFrom } from '../testing/http';
import defaultCaching, { DEFAULT_CACHING } from './defaultCaching';

function app() {
  return express()
    .use('/', [defaultCaching()])
    .get('/page', (req, res) => res.send('<html>page</html>'))
    .get('/asset', (req, res) =>
      res.set('Cache-Control', 'public, max-age=60').send('asset'),
    );
}

describe('defaultCaching', () => {
  it('keeps an answer without caching headers private', async () => {
    const answer = await fetchFrom(app(), '/page');
    expect(answer.headers['cache-control']).toBe(DEFAULT_CACHING);
  });

  it('leaves the caching an answer chose', async () => {
    const answer = await fetchFrom(app(), '/asset');
    expect(answer.headers['cache-control']).toBe('public, max-age=60');
  });
});
