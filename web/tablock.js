// One writing tab (issue 13 part 6, docs/offline.md). Every tab holds its own
// copy of the drafts (SQLite in memory, copied to IndexedDB by IDBFS), so two
// writing tabs would overwrite each other. The tab holding the Web Lock
// 'skillaid-writer' writes; another tab shows a notice, takes no input and
// never syncs. 在此标签页继续: the writer is told (BroadcastChannel), saves,
// syncs, writes its journal (web/files.js) and releases the lock, then turns
// read-only; the new tab then reloads, i.e. re-reads IndexedDB into a fresh store.
(function () {
  'use strict';
  const TEXT_OTHER = '此应用已在另一个标签页中打开。为避免两个标签页互相覆盖草稿，本页暂不保存，也不能编辑。';
  const TEXT_TAKEN = '已在另一个标签页中继续编辑，本页现为只读，显示的内容可能已过期。';
  const TEXT_BUSY = '正在接管，请稍候…';
  const TEXT_CONTINUE = '在此标签页继续';
  const LOCK = 'skillaid-writer';
  const TAKEOVER_KEY = 'skillaid-takeover';  // sessionStorage: this tab reloads to take over
  const HANDOVER_MAX_MS = 5000;  // the writer's last sync may take this long
  const START_WAIT_MS = 400;  // at start, for the lock of the page this one replaced

  let state = 'writer';  // writer | reader (another tab writes) | taken (handed over)
  let release = null;
  let handing = false;  // asked to hand over: saving, input stopped
  const channel = window.BroadcastChannel ? new BroadcastChannel('skillaid-tabs') : null;
  const locks = navigator.locks;

  let box = null;
  function show(message) {
    if (!box) {
      box = document.createElement('div');
      box.id = 'tab-lock';
      box.setAttribute('role', 'alertdialog');
      box.style.cssText = 'position:fixed;inset:0;z-index:30;display:flex;align-items:center;justify-content:center;' +
        'background:rgba(240,242,245,.88);font-size:16px;color:#223';
      box.innerHTML = '<div><p id="tab-lock-text"></p><button id="tab-lock-continue" type="button">' +
        TEXT_CONTINUE + '</button></div>';  // styled in style.css (no style attributes under the CSP)
      document.body.appendChild(box);
      box.querySelector('button').addEventListener('click', takeOver);
    }
    box.querySelector('p').textContent = message;
    box.querySelector('button').disabled = false;
    box.hidden = false;
    if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
  }

  function setState(s) {
    state = s;
    document.body.dataset.tab = s;
    if (s !== 'writer') show(s === 'reader' ? TEXT_OTHER : TEXT_TAKEN);
  }

  // Not writing, or handing over: no input reaches the app (capture on window,
  // registered before GLFW's and the IME bridge's listeners). The notice's
  // button keeps its default actions and its click.
  for (const type of ['keydown', 'keypress', 'keyup', 'input', 'beforeinput', 'compositionstart', 'compositionend',
                      'paste', 'mousedown', 'pointerdown', 'touchstart', 'wheel', 'dblclick', 'click']) {
    window.addEventListener(type, (e) => {
      if (state === 'writer' && !handing) return;
      const own = box && box.contains(e.target);
      if (own && type === 'click') return;
      e.stopImmediatePropagation();
      if (!own) e.preventDefault();
    }, { capture: true, passive: false });
  }

  // Resolves once this tab knows whether it writes (before IDBFS is read: web/loader.js).
  const ready = new Promise((resolve) => {
    if (!locks) { resolve(true); return; }  // no Web Locks (old browser): one tab assumed, as before
    let takingOver = false;
    try {
      takingOver = sessionStorage.getItem(TAKEOVER_KEY) === '1';
      sessionStorage.removeItem(TAKEOVER_KEY);
    } catch (e) { /* no sessionStorage: a plain start */ }
    const granted = () => new Promise((r) => { release = r; resolve(true); });
    // Waits a little: after a reload the previous page's lock may not be released yet.
    const wait = takingOver ? HANDOVER_MAX_MS : START_WAIT_MS;
    const options = window.AbortSignal && AbortSignal.timeout ? { signal: AbortSignal.timeout(wait) } : { ifAvailable: true };
    locks.request(LOCK, options, (lock) => {
      if (!lock) { setState('reader'); resolve(false); return null; }
      return granted();
    }).catch(() => { setState('reader'); resolve(false); });  // the handover timed out: another tab kept writing
  });
  ready.then((w) => { if (w) document.body.dataset.tab = 'writer'; });

  // The new tab: wait until the writer has saved and released, then reload.
  function takeOver() {
    const button = box.querySelector('button');
    button.disabled = true;
    box.querySelector('p').textContent = TEXT_BUSY;
    if (channel) channel.postMessage({ type: 'takeover' });
    if (!locks) { location.reload(); return; }
    locks.request(LOCK, () => {
      try { sessionStorage.setItem(TAKEOVER_KEY, '1'); } catch (e) { /* waits START_WAIT_MS only */ }
      location.reload();
      return new Promise(() => {});  // held until this page unloads
    });
  }

  // The writing tab, asked to hand over: save everything, then let go.
  function handOver() {
    if (state !== 'writer' || !release || handing) return;
    handing = true;
    show(TEXT_BUSY);
    box.querySelector('button').disabled = true;
    const files = window.SkillAidFiles;
    const saved = files && files.flush ? files.flush() : Promise.resolve();
    const timeout = new Promise((r) => setTimeout(r, HANDOVER_MAX_MS));
    Promise.race([saved, timeout]).then(() => {
      handing = false;
      setState('taken');
      const r = release;
      release = null;
      r();
    });
  }
  if (channel) channel.onmessage = (e) => { if (e.data && e.data.type === 'takeover') handOver(); };

  window.SkillAidTabLock = { ready, writer: () => state === 'writer' };
})();
