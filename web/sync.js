// The sync bridge (ui/sync.cpp): the app asks for one request at a time; the
// answer (HTTP status, body text; status 0 when there was none: offline,
// server down, timeout) goes back to skillaid_http_done. Submission bodies are
// gzip-compressed (CompressionStream, Content-Encoding: gzip) for the
// low-bandwidth sites; the server inflates them. getText() is the calendar
// updates' separate GET path.
(function () {
  'use strict';
  const kTimeoutMs = 60000;  // the app gives up a little later (kRequestTimeoutMs)

  function answer(id, status, text, done = '_skillaid_http_done') {
    const M = window.Module;
    if (!id || !M || !M.calledRun) return;
    const p = M.stringToNewUTF8(text);
    M[done](id, status, p);
    M._free(p);
  }

  async function gzip(text) {
    const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  async function request(id, method, url, headersJson, body, compress) {
    const headers = JSON.parse(headersJson);
    let payload = method === 'GET' || method === 'HEAD' ? undefined : body;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), kTimeoutMs);
    try {
      if (payload !== undefined && compress && typeof CompressionStream === 'function') {
        payload = await gzip(body);
        headers['Content-Encoding'] = 'gzip';
        document.body.dataset.syncGzipSent = String(Number(document.body.dataset.syncGzipSent || 0) + 1);
      }
      const r = await fetch(url, { method, headers, body: payload, signal: controller.signal, cache: 'no-store',
                                   credentials: 'omit' });
      answer(id, r.status, await r.text());
    } catch (e) {
      answer(id, 0, String((e && e.message) || e));
    } finally {
      clearTimeout(timer);
    }
  }

  // A plain GET on a path of its own (the calendar updates, ui/calendar_updates.cpp):
  // the answer goes to the exported function `done`, never to the sync client's.
  async function getText(id, url, done) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), kTimeoutMs);
    try {
      const r = await fetch(url, { cache: 'no-store', credentials: 'omit', signal: controller.signal });
      answer(id, r.status, await r.text(), done);
    } catch (e) {
      answer(id, 0, String((e && e.message) || e), done);
    } finally {
      clearTimeout(timer);
    }
  }

  window.SkillAidSync = { request, getText };
})();
