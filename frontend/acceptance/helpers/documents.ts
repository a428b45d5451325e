import { expect, type APIRequestContext } from '@playwright/test';
import { apiToken } from './auth';
import { BACKEND_URL } from './env';

/** The four kinds of supporting documents (backend vocabulary document_kinds). */
export const DOCUMENT_KINDS = [
  'register_extract',
  'manager_id',
  'financial_statements',
  'proof_of_address',
] as const;

/**
 * A small, valid, unencrypted one-page PDF whose page shows `text`: the
 * backend checks files by their bytes (and that a PDF opens).
 */
export function pdfFile(text: string): Buffer {
  const stream = `BT /F1 18 Tf 40 100 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets
    .map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)
    .join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A 1 × 1 PNG (valid signature and chunks). */
export function pngFile(): Buffer {
  return Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
}

async function authorizedHeaders(
  request: APIRequestContext,
  username: string,
  password?: string,
) {
  return {
    Accept: 'application/json',
    Authorization: `Bearer ${await apiToken(request, username, password)}`,
  };
}

/** Adds one supporting document (a PDF) to the profile at `path`, as `username`. */
export async function addDocument(
  request: APIRequestContext,
  path: string,
  kind: string,
  username: string,
  password?: string,
): Promise<void> {
  const response = await request.post(`${BACKEND_URL}${path}`, {
    headers: await authorizedHeaders(request, username, password),
    data: {
      '@type': 'VerificationDocument',
      title: kind,
      document_kind: kind,
      file: {
        data: pdfFile(kind).toString('base64'),
        encoding: 'base64',
        filename: `${kind}.pdf`,
        'content-type': 'application/pdf',
      },
    },
  });
  expect(
    response.ok(),
    `document ${kind} on ${path}: ${await response.text()}`,
  ).toBeTruthy();
}

/** A moderator decision through @tremplin-review. */
export async function review(
  request: APIRequestContext,
  path: string,
  action: string,
  username: string,
  message = '',
): Promise<void> {
  const response = await request.post(
    `${BACKEND_URL}${path}/@tremplin-review`,
    {
      headers: await authorizedHeaders(request, username),
      data: { action, message },
    },
  );
  expect(
    response.ok(),
    `${action} on ${path}: ${await response.text()}`,
  ).toBeTruthy();
}
