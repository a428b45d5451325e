import http from 'http';

/**
 * GET `path` on the Express `app`, served on a free port of 127.0.0.1 for
 * this one request: {status, headers, body (Buffer), text}. Node's client
 * does not decompress: `body` is the bytes on the wire.
 */
export function fetchFrom(app, path, headers = {}) {
  return new Promise((resolve, reject) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      http
        .get({ host: '127.0.0.1', port, path, headers }, (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => {
            server.close();
            const body = Buffer.concat(chunks);
            resolve({
              status: response.statusCode,
              headers: response.headers,
              body,
              text: body.toString('utf-8'),
            });
          });
        })
        .on('error', (error) => {
          server.close();
          reject(error);
        });
    });
  });
}
