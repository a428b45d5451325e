import { appendForwardedFor } from './forwardedFor';

const request = (path, headers = {}, remoteAddress = '203.0.113.7') => ({
  path,
  headers: { ...headers },
  socket: { remoteAddress },
});

describe('appendForwardedFor', () => {
  it('adds the browser address to an API request', () => {
    const req = request('/++api++/@login');
    const next = jest.fn();
    appendForwardedFor(req, {}, next);
    expect(req.headers['x-forwarded-for']).toBe('203.0.113.7');
    expect(next).toHaveBeenCalled();
  });

  it('appends to what an earlier proxy or the browser said', () => {
    const req = request('/++api++/@login', {
      'x-forwarded-for': '198.51.100.1',
    });
    appendForwardedFor(req, {}, jest.fn());
    expect(req.headers['x-forwarded-for']).toBe('198.51.100.1, 203.0.113.7');
  });

  it('leaves page requests alone', () => {
    const req = request('/fr/connexion', { 'x-forwarded-for': 'forged' });
    appendForwardedFor(req, {}, jest.fn());
    expect(req.headers['x-forwarded-for']).toBe('forged');
  });
});
