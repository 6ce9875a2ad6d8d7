import { type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fakeApiServer, providerSuite } from '../test-support.ts';

const SHEET = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms';

/** Google's Sheets v4 and Drive v3 REST APIs as their references show them, under one base (as behind a proxy). */
function fakeGoogle(seen: { method: string; url: URL; body: any }[]): Server {
  return fakeApiServer((req, res, raw, json) => {
    const url = new URL(req.url!, 'http://x');
    seen.push({ method: req.method!, url, body: raw ? JSON.parse(raw) : undefined });
    if (req.headers.authorization !== 'Bearer ya29.good') {
      return json(401, { error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED' } });
    }
    const path = decodeURIComponent(url.pathname);
    if (path === `/sheets/v4/spreadsheets/${SHEET}/values/Orders!A1:C3`) {
      return json(200, { range: 'Orders!A1:C3', majorDimension: 'ROWS', values: [['Item', 'Qty', 'Paid'], ['Tea', '2', 'TRUE'], ['Cake']] });
    }
    if (path === `/sheets/v4/spreadsheets/${SHEET}/values/Orders:append`) {
      return json(200, { spreadsheetId: SHEET, updates: { updatedRange: 'Orders!A4:C5', updatedRows: 2, updatedColumns: 3, updatedCells: 6 } });
    }
    if (path === `/sheets/v4/spreadsheets/${SHEET}/values/Orders!D1` && req.method === 'PUT') return json(200, { updatedRange: 'Orders!D1', updatedCells: 1 });
    if (path.startsWith('/sheets/v4/spreadsheets/'))
      return json(404, { error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } });
    if (path === '/drive/v3/files' && !url.searchParams.get('pageToken')) {
      return json(200, {
        nextPageToken: 'p2',
        files: [
          {
            id: 'd1',
            name: 'Plan',
            mimeType: 'application/vnd.google-apps.document',
            modifiedTime: '2026-11-30T10:00:00Z',
            webViewLink: 'https://docs.google.com/d1',
          },
        ],
      });
    }
    if (path === '/drive/v3/files')
      return json(200, { files: [{ id: 'f2', name: 'notes.txt', mimeType: 'text/plain', size: '5', modifiedTime: '2026-11-29T10:00:00Z' }] });
    if (path === '/drive/v3/files/d1' && url.searchParams.get('fields'))
      return json(200, { id: 'd1', name: 'Plan', mimeType: 'application/vnd.google-apps.document' });
    if (path === '/drive/v3/files/d1/export') return res.writeHead(200, { 'content-type': 'text/markdown' }).end('# Plan\n\nShip it.');
    if (path === '/drive/v3/files/f2' && url.searchParams.get('fields')) return json(200, { id: 'f2', name: 'notes.txt', mimeType: 'text/plain', size: '5' });
    if (path === '/drive/v3/files/f2' && url.searchParams.get('alt') === 'media') return res.writeHead(200, { 'content-type': 'text/plain' }).end('hello');
    if (path === '/drive/v3/files/busy') return json(429, { error: { code: 429, message: 'Quota exceeded for quota metric.', status: 'RESOURCE_EXHAUSTED' } });
    json(404, { error: { code: 404, message: `File not found: ${path}.`, status: 'NOT_FOUND' } });
  }, 'application/json; charset=UTF-8');
}

describe('Google Sheets and Drive blocks against a local server speaking Google’s APIs', () => {
  const seen: { method: string; url: URL; body: any }[] = [];
  const run = providerSuite(fakeGoogle(seen), (baseUrl) => ({ id: 'g', kind: 'oauth2:google', fields: { token: 'ya29.good', baseUrl } }));

  it('reads a range as rows and as records under the header, appends rows and writes a range', async () => {
    const read = await run('google_sheets.read_range', { spreadsheet_id: SHEET, range: 'Orders!A1:C3' });
    expect(read.outputs.rows).toEqual([[['Item', 'Qty', 'Paid'], ['Tea', '2', 'TRUE'], ['Cake']]]);
    expect(read.outputs.records).toEqual([
      [
        { Item: 'Tea', Qty: '2', Paid: 'TRUE' },
        { Item: 'Cake', Qty: null, Paid: null },
      ],
    ]);
    const appended = await run('google_sheets.append_rows', {
      spreadsheet_id: SHEET,
      range: 'Orders',
      rows: [
        ['Pie', 1, false],
        ['Jam', 3, true],
      ],
    });
    expect(appended.outputs).toEqual({ updated_range: ['Orders!A4:C5'], updated_rows: [2] });
    expect(seen.at(-1)!.url.search).toBe('?valueInputOption=USER_ENTERED&insertDataOption=INSERT_ROWS');
    expect(seen.at(-1)!.body).toEqual({
      values: [
        ['Pie', 1, false],
        ['Jam', 3, true],
      ],
    });
    const written = await run('google_sheets.update_range', { spreadsheet_id: SHEET, range: 'Orders!D1', rows: [['Checked']] });
    expect(written.outputs).toEqual({ updated_range: ['Orders!D1'], updated_cells: [1] });
    expect(seen.at(-1)).toMatchObject({ method: 'PUT', body: { range: 'Orders!D1', majorDimension: 'ROWS', values: [['Checked']] } });
  });

  it('lists Drive files across pages with a query, and reads a Google Doc as Markdown and a text file as it is', async () => {
    const listed = await run('google_drive.list_files', { name_contains: "Bob's", folder_id: 'F1' });
    expect((listed.outputs.files![0] as { id: string }[]).map((f) => f.id)).toEqual(['d1', 'f2']);
    expect(seen.at(-2)!.url.searchParams.get('q')).toBe("trashed = false and name contains 'Bob\\'s' and 'F1' in parents");
    const doc = await run('google_drive.read_file', { file_id: 'd1' });
    expect(doc.outputs.text).toEqual(['# Plan\n\nShip it.']);
    expect(doc.outputs.file![0]).toMatchObject({ name: 'Plan.md', contentType: 'text/markdown' });
    expect(seen.at(-1)!.url.searchParams.get('mimeType')).toBe('text/markdown');
    const text = await run('google_drive.read_file', { file_id: 'f2' });
    expect(text.outputs).toMatchObject({ text: ['hello'], info: [expect.objectContaining({ name: 'notes.txt', size: 5 })] });
  });

  it('names Google’s errors and what to do', async () => {
    const revoked = { token: 'ya29.revoked' };
    expect((await run('google_sheets.read_range', { spreadsheet_id: SHEET, range: 'A1' }, revoked)).error).toMatchObject({
      kind: 'credential',
      message: expect.stringContaining(
        'Google Sheets refused the request (401: Request had invalid authentication credentials.): check the connected Google account',
      ),
    });
    expect((await run('google_sheets.read_range', { spreadsheet_id: SHEET, range: 'Nope!A1' })).error).toMatchObject({
      kind: 'not_found',
      message: expect.stringContaining('Requested entity was not found.'),
    });
    const busy = await run('google_drive.read_file', { file_id: 'busy' });
    expect(busy.error).toMatchObject({ kind: 'rate_limited', message: expect.stringContaining('Google Drive is rate limiting (429: Quota exceeded') });
    await expect(run('google_sheets.read_range', { spreadsheet_id: 'short', range: 'A1' })).rejects.toThrow(/must be the id from the sheet’s URL/);
  });
});
