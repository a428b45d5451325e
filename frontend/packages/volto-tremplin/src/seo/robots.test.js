import express from 'express';
import config from '@plone/volto/registry';
import { fetchFrom } from '../testing/http';
import robotsMiddleware from './robots';

describe('robots.txt', () => {
  const publicURL = config.settings.publicURL;
  beforeAll(() => {
    config.settings.publicURL = 'https://tremplin.example';
  });
  afterAll(() => {
    config.settings.publicURL = publicURL;
  });

  it('closes the member areas and points to the sitemap', async () => {
    const app = express().use('/', [robotsMiddleware()]);
    const answer = await fetchFrom(app, '/robots.txt');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^text\/plain/);
    const lines = answer.text.split('\n');
    expect(lines[0]).toBe('User-agent: *');
    expect(lines).toContain('Disallow: /fr/entreprises/');
    expect(lines).toContain('Disallow: /en/directory');
    expect(lines).not.toContain('Disallow: /');
    expect(lines).toContain('Sitemap: https://tremplin.example/sitemap.xml');
  });
});
