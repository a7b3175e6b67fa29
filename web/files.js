// Files, storage and connectivity for the app (called from ui/web_platform.cpp):
// a file picker that decodes CSV/JSON to UTF-8 (UTF-8 with or without BOM,
// else GBK as Excel/WPS save it on Chinese Windows), downloads through a Blob,
// HTML opened in a new window for print / save as PDF, clipboard reads, the
// IDBFS sync queue, navigator.onLine, and a save when the page is hidden.
(function () {
  'use strict';
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

  // FS.syncfs(false) copies /data to IndexedDB; never two at once.
  let syncing = false, again = false;
  function sync() {
    const M = window.Module;
    if (!M || !M.FS) return;
    if (syncing) { again = true; return; }
    syncing = true;
    M.FS.syncfs(false, (err) => {
      syncing = false;
      if (err) console.error('saving to IndexedDB failed', err);
      document.body.dataset.synced = String(++syncCount);
      if (again) { again = false; sync(); }
    });
  }

  function sendOnline() {
    const M = window.Module;
    if (M && M.calledRun) M._skillaid_set_online(navigator.onLine ? 1 : 0);
  }
  window.addEventListener('online', sendOnline);
  window.addEventListener('offline', sendOnline);
  window.addEventListener('skillaid-ready', sendOnline);

  function flush() {
    const M = window.Module;
    if (M && M.calledRun) M._skillaid_flush();
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
  window.SkillAidFiles = { pickFile, download, openHtml, readClipboard, sync, decode, idle };
})();
