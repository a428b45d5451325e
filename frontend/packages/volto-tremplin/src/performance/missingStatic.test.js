import express from 'express';
import { fetchFrom } from '../testing/http';
import missingStatic from './missingStatic';

function app() {
  return express()
    .use('/', [missingStatic()])
    .use((req, res) => res.status(200).send('<html>the page</html>'));
}

describe('missingStatic', () => {
  it('answers a short 404 for an asset that does not exist', async () => {
    const answer = await fetchFrom(app(), '/static/js/client.0ld.js');
    expect(answer.status).toBe(404);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.text).toBe('Not found');
  });

  it('leaves every other path to the site', async () => {
    for (const url of ['/fr/annuaire', '/rapport.pdf', '/staticpage']) {
      const answer = await fetchFrom(app(), url);
      expect(answer.status).toBe(200);
      expect(answer.text).toContain('the page');
    }
  });
});
