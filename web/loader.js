// Loads the app: checks what the browser can do, shows progress while the
// wasm and the first-paint font download, reports failures in plain Chinese,
// and fetches the full font once the first screen is up.
(function () {
  'use strict';
  const statusBox = document.getElementById('status');
  const statusText = document.getElementById('status-text');
  const statusDetail = document.getElementById('status-detail');
  const progressBar = document.getElementById('status-progress');
  const canvas = document.getElementById('canvas');
  let failed = false;

  function fail(message, detail) {
    failed = true;
    statusBox.classList.remove('hidden');
    statusBox.classList.add('error');
    statusText.textContent = message;
    statusDetail.textContent = detail || '';
    document.body.dataset.error = message;
  }

  // Fetches a file as bytes, reporting progress in bytes.
  function fetchBytes(url, onProgress) {
    return fetch(url).then((response) => {
      if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
      const total = Number(response.headers.get('Content-Length')) || 0;
      if (!onProgress || !response.body || !total) return response.arrayBuffer().then((b) => new Uint8Array(b));
      const reader = response.body.getReader();
      const chunks = [];
      let received = 0;
      function pump() {
        return reader.read().then(({ done, value }) => {
          if (done) {
            const out = new Uint8Array(received);
            let offset = 0;
            for (const c of chunks) { out.set(c, offset); offset += c.length; }
            return out;
          }
          chunks.push(value);
          received += value.length;
          onProgress(received, total);
          return pump();
        });
      }
      return pump();
    });
  }

  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    fail('您的浏览器不支持 WebAssembly，无法运行技能补贴助手。',
         '请改用新版 Chrome、Edge、Firefox 或 360 极速浏览器（极速模式）。WebAssembly is not available.');
    return;
  }
  const probe = document.createElement('canvas');
  if (!probe.getContext('webgl2')) {
    fail('您的浏览器或显卡不支持 WebGL2，无法显示技能补贴助手。',
         '请更新浏览器，或在浏览器设置中开启“使用硬件加速”。WebGL2 is not available.');
    return;
  }
  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    fail('图形显示中断，请刷新页面。已填写的内容保存在本机，不会丢失。', 'WebGL context lost.');
  }, false);

  const coreFont = fetchBytes('fonts/ui-core.ttf');
  window.Module = {
    canvas: canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.error(text),
    preRun: [function () {
      // Drafts: SQLite's file lives under /data, an IDBFS mount; main() runs
      // only after IndexedDB has been copied in (docs/ui.md).
      // Read only once this tab knows whether it writes (web/tablock.js): a tab
      // taking over reads what the previous writer synced last. IndexedDB refused
      // (private mode, no IndexedDB): the app runs in memory and says so (web/files.js).
      Module.addRunDependency('idbfs');
      Module.FS.mkdir('/data');
      Module.FS.mount(Module.FS.filesystems.IDBFS, {}, '/data');
      const lock = window.SkillAidTabLock ? window.SkillAidTabLock.ready : Promise.resolve(true);
      lock.then(() => new Promise((resolve) => {
        try { Module.FS.syncfs(true, resolve); } catch (e) { resolve(e); }  // no IndexedDB at all: IDBFS asserts
      })).then((err) => {
        if (err) console.error('IndexedDB not readable; drafts will not survive a reload', err);
        document.body.dataset.storage = err ? 'memory' : 'idbfs';
        if (err && window.SkillAidFiles) window.SkillAidFiles.refused(err);
        Module.removeRunDependency('idbfs');
      });
      if (navigator.storage && navigator.storage.persist) {
        navigator.storage.persisted().then((p) => p || navigator.storage.persist()).catch(() => {});
      }
      Module.addRunDependency('ui-core-font');
      coreFont.then((bytes) => {
        Module.FS.mkdir('/fonts');
        Module.FS.writeFile('/fonts/ui-core.ttf', bytes);
        Module.removeRunDependency('ui-core-font');
      }, (err) => fail('字体文件下载失败，请检查网络后刷新页面。', String(err)));
    }],
    // Our own instantiation, to show download progress.
    instantiateWasm: function (imports, success) {
      fetchBytes('skillaid.wasm', (got, total) => { progressBar.value = Math.round(100 * got / total); })
        .then((bytes) => WebAssembly.instantiate(bytes, imports))
        .then((result) => success(result.instance),
              (err) => fail('程序文件下载或启动失败，请检查网络后刷新页面。', String(err)));
      return {};
    },
    onAbort: (what) => fail('程序运行出错，请刷新页面。已保存的内容不会丢失。', String(what)),
  };

  // Called by the app after its first complete frames (ui/web_platform.cpp).
  function ready() {
    if (failed) return;
    statusBox.classList.add('hidden');
    document.body.dataset.ready = '1';
    window.dispatchEvent(new Event('skillaid-ready'));
    fetchBytes('fonts/ui-full.ttf').then((bytes) => {
      Module.FS.writeFile('/fonts/ui-full.ttf', bytes);
      Module._skillaid_full_font_arrived();
      document.body.dataset.fullFont = '1';
    }, (err) => console.warn('full font not loaded; common characters only', err));
  }
  window.SkillAidLoader = { ready };

  // Frames on demand (docs/access.md): the app draws only after something happened.
  // SkillAidWake() resumes its frame loop for a short while; page input wakes it
  // here (capture phase, before anything can stop the event), and every exported
  // skillaid_* function wakes it on the C++ side.
  function wake() {
    const M = window.Module;
    if (M && M.calledRun && M._skillaid_wake) M._skillaid_wake();
  }
  window.SkillAidWake = wake;
  for (const type of ['keydown', 'keyup', 'mousedown', 'mouseup', 'mousemove', 'wheel', 'pointerdown', 'pointerup',
                      'pointermove', 'touchstart', 'touchmove', 'touchend', 'touchcancel', 'focus', 'blur',
                      'resize', 'focusin', 'focusout', 'compositionupdate', 'input', 'paste']) {
    window.addEventListener(type, wake, { capture: true, passive: true });
  }
  document.addEventListener('visibilitychange', wake);
  if (window.visualViewport) {
    window.visualViewport.addEventListener('resize', wake);
    window.visualViewport.addEventListener('scroll', wake);
  }
  if (window.ResizeObserver) new ResizeObserver(wake).observe(canvas);  // CSS size changes without a window resize
  if (window.matchMedia) {  // the device pixel ratio changes (zoom, another screen) without a resize on some browsers
    const watchRatio = () => {
      window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)')
        .addEventListener('change', () => { wake(); watchRatio(); }, { once: true });
    };
    watchRatio();
  }

  const script = document.createElement('script');
  script.src = 'skillaid.js';
  script.onerror = () => fail('无法下载程序文件，请检查网络后刷新页面。', 'skillaid.js failed to load.');
  document.body.appendChild(script);
})();
