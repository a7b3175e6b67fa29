// Files, storage and connectivity for the app (called from ui/web_platform.cpp):
// a file picker that decodes CSV/JSON to UTF-8 (UTF-8 with or without BOM,
// else GBK as Excel/WPS save it on Chinese Windows), downloads through a Blob,
// HTML opened in a new window for print / save as PDF, clipboard reads, the
// IDBFS sync queue, navigator.onLine, and a save when the page is hidden.
// Durability (issue 13 part 6, docs/offline.md): the last saved copy of each
// draft is kept here and written to localStorage on pagehide (the journal), as
// IDBFS's asynchronous copy may not finish before the page goes; a browser that
// refuses storage gets a plain notice and the draft as a file.
(function () {
  'use strict';
  const TEXT_REFUSED = '浏览器拒绝保存草稿（存储空间已满，或处于隐私模式），草稿仅在本页面中，关闭或刷新页面后会丢失。请下载草稿文件，之后可在首页用“导入草稿文件…”导入。';
  const TEXT_DOWNLOAD = '下载草稿文件';
  const TEXT_NO_DRAFT = '（尚无草稿）';
  const JOURNAL_PREFIX = 'skillaid-journal:';
  const JOURNAL_MAX_CHARS = 2000000;  // localStorage holds ~5 M characters per site
  const SYNC_STUCK_MS = 15000;  // IDBFS never calls back when a transaction aborts (quota at commit)
  let syncCount = 0;

  function call(name, ...strings) {
    const M = window.Module;
    if (!M || !M.calledRun) return;
    const ptrs = strings.map((s) => M.stringToNewUTF8(s));
    M['_' + name](...ptrs);
    ptrs.forEach((p) => M._free(p));
  }

  // Bytes -> text: BOM first, then strict UTF-8, else GBK.
  function decode(bytes) {
    if (bytes.length >= 3 && bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF)
      return new TextDecoder('utf-8').decode(bytes.subarray(3));
    if (bytes.length >= 2 && bytes[0] === 0xFF && bytes[1] === 0xFE) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (e) {
      return new TextDecoder('gbk').decode(bytes);
    }
  }

  // Runs right after a click in the app (transient user activation).
  function pickFile(purpose, accept) {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files && input.files[0];
      input.remove();
      if (!file) return;
      file.arrayBuffer().then((buf) => call('skillaid_text_arrived', purpose, decode(new Uint8Array(buf))));
    });
    document.body.appendChild(input);
    input.click();
  }

  function download(name, mime, text, bom) {
    const blob = new Blob([bom ? '\ufeff' : '', text], { type: mime });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  function openHtml(html) {
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
    const win = window.open(url, '_blank');
    if (!win) download('print.html', 'text/html', html, false);  // pop-up blocked: save the page instead
    setTimeout(() => URL.revokeObjectURL(url), 600000);
  }

  function readClipboard(purpose) {
    if (!navigator.clipboard || !navigator.clipboard.readText) return;
    navigator.clipboard.readText().then((text) => call('skillaid_text_arrived', purpose, text),
                                         (err) => console.warn('clipboard not readable', err));
  }

  // Saved copies of drafts (ui/app.cpp save_draft_now): id -> { json, seq, synced }.
  const copies = new Map();
  let saveSeq = 0;
  function keep(id, json) { copies.set(id, { json, seq: ++saveSeq, synced: false }); }

  // FS.syncfs(false) copies /data to IndexedDB; never two at once. Only the tab
  // holding the writer lock syncs (web/tablock.js).
  const writer = () => !window.SkillAidTabLock || window.SkillAidTabLock.writer();
  let syncing = false, again = false, aborted = null;
  function sync() {
    const M = window.Module;
    if (!M || !M.FS || !writer()) return;
    if (syncing) { again = true; return; }
    syncing = true;
    const startSeq = saveSeq;
    let done = false;
    const finish = (err) => {
      if (done) return;
      done = true;
      syncing = false;
      aborted = null;
      clearTimeout(stuck);
      if (err) {
        console.error('saving to IndexedDB failed', err);
        refused(err);
      } else {
        for (const [id, c] of copies) {
          if (c.seq > startSeq || c.synced) continue;
          c.synced = true;
          try { if (localStorage.getItem(JOURNAL_PREFIX + id) === c.json) localStorage.removeItem(JOURNAL_PREFIX + id); } catch (e) { /* no localStorage */ }
        }
      }
      document.body.dataset.synced = String(++syncCount);
      if (again) { again = false; sync(); }
    };
    const stuck = setTimeout(() => finish(new Error('IndexedDB did not answer')), SYNC_STUCK_MS);
    aborted = finish;
    try {
      M.FS.syncfs(false, (err) => finish(err));
    } catch (e) {
      finish(e);
    }
  }
  // IDBFS listens for request errors only: a transaction aborted at commit
  // (QuotaExceededError) is seen here.
  if (window.IDBDatabase) {
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function () {
      const t = transaction.apply(this, arguments);
      if (syncing && aborted) {
        const f = aborted;
        t.addEventListener('abort', () => f(t.error || new Error('IndexedDB transaction aborted')));
      }
      return t;
    };
  }

  // Synchronous, for pagehide: the copies IndexedDB may not have yet.
  function writeJournal() {
    let total = 0;
    for (const [id, c] of copies) {
      if (c.synced) continue;
      total += c.json.length;
      if (total > JOURNAL_MAX_CHARS) break;  // too big (photos): IndexedDB or the file must do
      try { localStorage.setItem(JOURNAL_PREFIX + id, c.json); } catch (e) { console.warn('journal not written', e); }
    }
  }

  // At start (writer only): the journal goes to the app, which keeps each entry
  // newer than its stored draft (ui/app.cpp replay_journal) and then syncs.
  function replayJournal() {
    if (!writer()) return;
    const entries = [];
    try {
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i);
        if (!key.startsWith(JOURNAL_PREFIX)) continue;
        const json = localStorage.getItem(key);
        entries.push(json);
        copies.set(key.slice(JOURNAL_PREFIX.length), { json, seq: ++saveSeq, synced: false });
      }
    } catch (e) { return; }
    if (entries.length) call('skillaid_text_arrived', 'journal', '[' + entries.join(',') + ']');
  }
  window.addEventListener('skillaid-ready', replayJournal);

  // The browser refused storage: a notice that stays, and the draft as a file.
  let refusedBox = null;
  function refused(why) {
    document.body.dataset.storageRefused = String(why && why.name || why || 'refused');
    if (refusedBox) return;
    refusedBox = document.createElement('div');
    refusedBox.id = 'storage-refused';
    refusedBox.setAttribute('role', 'alert');
    refusedBox.style.cssText = 'position:fixed;left:50%;bottom:16px;transform:translateX(-50%);width:min(44em,94vw);' +
      'box-sizing:border-box;z-index:25;display:flex;gap:12px;align-items:center;padding:8px 16px;background:#a40000;' +
      'color:#fff;font-size:15px;line-height:1.5;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.3)';
    refusedBox.innerHTML = '<span></span><button type="button"></button>';
    refusedBox.firstChild.textContent = TEXT_REFUSED;
    refusedBox.lastChild.textContent = TEXT_DOWNLOAD;
    refusedBox.lastChild.addEventListener('click', downloadDraft);
    document.body.appendChild(refusedBox);
  }

  // The most recently saved draft, in the export format (导入草稿文件 reads it).
  function downloadDraft() {
    const M = window.Module;
    if (M && M.calledRun && M._skillaid_flush) M._skillaid_flush();  // the open draft as typed
    let last = null;
    for (const c of copies.values()) if (!last || c.seq > last.seq) last = c;
    if (!last) { refusedBox.firstChild.textContent = TEXT_REFUSED + TEXT_NO_DRAFT; return; }
    let title = '';
    try { title = JSON.parse(last.json).title || ''; } catch (e) { /* kept as is */ }
    download((title || '草稿').replace(/[\\/:*?"<>|]/g, '_') + '.skillaid.json', 'application/json', last.json, false);
  }

  function sendOnline() {
    const M = window.Module;
    if (M && M.calledRun) M._skillaid_set_online(navigator.onLine ? 1 : 0);
  }
  window.addEventListener('online', sendOnline);
  window.addEventListener('offline', sendOnline);
  window.addEventListener('skillaid-ready', sendOnline);

  // pagehide / hidden / handing over to another tab: the open draft is saved
  // now (its fields write the model as typed), journalled, and synced.
  function flush() {
    if (!writer()) return Promise.resolve();
    const M = window.Module;
    if (M && M.calledRun) M._skillaid_flush();
    writeJournal();
    sync();
    return idle();
  }
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });

  // Ctrl+V while no text field is active (the IME bridge handles those):
  // rows for the roster table.
  document.addEventListener('paste', (e) => {
    if (window.SkillAidIme && e.target === window.SkillAidIme.element) return;
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    if (!text) return;
    e.preventDefault();
    call('skillaid_text_arrived', 'paste', text);
  });

  // Resolves once no sync is running or queued (before a reload we started).
  function idle() {
    return new Promise((resolve) => {
      (function check() { if (!syncing && !again) resolve(); else setTimeout(check, 20); })();
    });
  }
  window.SkillAidFiles = { pickFile, download, openHtml, readClipboard, sync, decode, idle, keep, flush, refused };
})();
