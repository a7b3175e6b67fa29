// Loads the app: checks what the browser can do, compiles the wasm while it
// downloads, shows the real download progress (KB on the wire, time left) of
// the wasm and the first-paint font, retries a stalled download, reports
// failures in plain Chinese, and once the first screen is up fetches the rest
// of the code (the second module) and the full font.
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

  // Downloads with honest progress. fetch() hands us decoded bytes, while what
  // crosses the wire is the .gz/.br copy (Content-Length is its size), so the
  // decoded bytes counted on the stream are mapped back to wire bytes through
  // the table the build puts in version.json (tools/web-wire-sizes.mjs).
  // A download without a byte for STALL_MS is aborted and started again.
  const STALL_MS = 12000;
  const SLOW_MS = 4000;        // no byte for this long: say that we are waiting
  const MAX_ATTEMPTS = 4;
  const downloads = [];        // counted downloads: { url, coding, decoded }
  let wireTables = null;       // version.json "wire": { file: { coding: { wire, decoded: [...] } } }
  let lastByteAt = performance.now();
  let retrying = 0;            // attempt number of a download started again
  let progressDone = false;    // the first screen is up: the bar is gone
  const samples = [];          // [time, wire bytes] of the last seconds, for the time estimate
  let shownAt = 0;

  // Wire bytes after `decoded` decoded bytes of `table` (linear within one step of the table).
  function wireBytes(table, decoded) {
    const d = table.decoded, steps = d.length - 1;
    if (decoded >= d[steps]) return table.wire;
    let i = 0;
    while (i < steps && d[i + 1] <= decoded) i++;
    return Math.round((i + (decoded - d[i]) / (d[i + 1] - d[i])) * table.wire / steps);
  }

  function showProgress() {
    if (failed || progressDone) return;
    const now = performance.now();
    const tables = downloads.map((d) => d.coding && wireTables && wireTables[d.url] && wireTables[d.url][d.coding]);
    if (!tables.every(Boolean)) {  // sizes not known yet (or a build without them): the bar has no value
      progressBar.removeAttribute('value');
      if (now - shownAt > 1000) {
        shownAt = now;
        const got = downloads.reduce((n, d) => n + d.decoded, 0);
        statusText.textContent = got ? '正在下载程序文件…' : '正在连接服务器…';
      }
      return;
    }
    const total = tables.reduce((n, t) => n + t.wire, 0);
    const got = downloads.reduce((n, d, i) => n + wireBytes(tables[i], d.decoded), 0);
    progressBar.max = total;
    progressBar.value = got;
    samples.push([now, got]);
    while (samples.length > 2 && now - samples[1][0] > 5000) samples.shift();
    if (now - shownAt < 500 && got < total) return;  // the text changes at most twice a second
    shownAt = now;
    const kb = (n) => Math.round(n / 1024);
    if (got >= total) {
      statusText.textContent = '下载完成（' + kb(total) + ' KB），正在启动…';
      return;
    }
    let text = '正在下载程序文件：已下载 ' + kb(got) + ' KB，共 ' + kb(total) + ' KB';
    const [t0, got0] = samples[0];
    const rate = (got - got0) / (now - t0);  // bytes per ms
    if (now - lastByteAt > SLOW_MS) text += '。网络很慢或暂时中断，正在等待数据…';
    else if (retrying) text += '（网络中断后第 ' + retrying + ' 次重新下载）';
    else if (now - t0 >= 1000 && rate > 0) {
      const seconds = Math.ceil((total - got) / rate / 1000);
      text += seconds <= 1 ? '，即将完成' : '，预计还需约 ' + seconds + ' 秒';
    }
    statusText.textContent = text;
  }
  const progressTimer = setInterval(showProgress, 1000);  // also while no byte arrives

  // Fetches `url` and hands consume() a Response whose body counts its bytes as
  // they are read; resolves with what consume() gives. `counted`: the download
  // belongs to the first screen's progress bar.
  function download(url, consume, counted, attempt) {
    attempt = attempt || 1;
    const entry = { url, coding: null, decoded: 0 };
    if (counted) {
      const at = downloads.findIndex((d) => d.url === url);
      if (at >= 0) downloads[at] = entry; else downloads.push(entry);  // a new attempt counts from zero
    }
    const abort = typeof AbortController === 'function' ? new AbortController() : null;
    let timer = 0;
    const watch = () => {
      clearTimeout(timer);
      if (abort) timer = setTimeout(() => abort.abort(), STALL_MS);
    };
    watch();
    return fetch(url, abort ? { signal: abort.signal } : {}).then((response) => {
      if (!response.ok) {
        const err = new Error(url + ': HTTP ' + response.status);
        err.final = true;  // the server answered: trying again will not help
        throw err;
      }
      entry.coding = response.headers.get('Content-Encoding') || 'identity';
      if (typeof ReadableStream !== 'function' || !response.body) return consume(response);
      const reader = response.body.getReader();
      const body = new ReadableStream({
        pull(controller) {
          return reader.read().then(({ done, value }) => {
            if (done) {
              clearTimeout(timer);
              controller.close();
            } else {
              entry.decoded += value.length;
              lastByteAt = performance.now();
              watch();
              controller.enqueue(value);
            }
            if (counted) showProgress();
          });
        },
        cancel(reason) { clearTimeout(timer); return reader.cancel(reason); },
      });
      return consume(new Response(body, { headers: { 'Content-Type': response.headers.get('Content-Type') || '' } }));
    }).then((result) => { clearTimeout(timer); return result; }, (err) => {
      clearTimeout(timer);
      if (err.final || attempt >= MAX_ATTEMPTS || failed) throw err;
      console.warn('download failed, trying again', url, err);
      if (counted) retrying = attempt;
      return new Promise((resolve) => setTimeout(resolve, 1000 * attempt))
        .then(() => download(url, consume, counted, attempt + 1));
    });
  }

  // Compiles while the bytes arrive (streaming compilation) where the browser can.
  function compileWasm(response) {
    if (typeof WebAssembly.compileStreaming === 'function') {
      const wasm = new Response(response.body, { headers: { 'Content-Type': 'application/wasm' } });
      return WebAssembly.compileStreaming(wasm);
    }
    return response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
  }
  const fileBytes = (response) => response.arrayBuffer().then((b) => new Uint8Array(b));

  // The second module (docs/offline.md): the functions the first frames do not
  // run (the build splits them off with wasm-split). Fetched and instantiated
  // right after the first frame; instantiating it fills the first module's
  // function table, so its functions are then called directly.
  const DEFERRED = 'skillaid.deferred.wasm';
  let deferredModule = null;  // compiled, once downloaded
  let deferredLoaded = false;
  function instantiateDeferred(instance) {
    if (deferredLoaded) return;
    deferredLoaded = true;
    document.body.dataset.deferred = '1';
    setTimeout(releaseInput);  // not inside a call of the app (the synchronous path)
    return instance;
  }
  function loadDeferred() {
    return download(DEFERRED, compileWasm, false).then((module) => {
      deferredModule = module;
      if (deferredLoaded) return;
      return WebAssembly.instantiate(module, { primary: Module.asm }).then(instantiateDeferred);
    });
  }
  // Input that comes while it is on its way waits for it (held here, in the
  // capture phase on window, before the app's own listeners, and dispatched
  // again in order once it is in), so a click on the first screen never runs
  // into a missing function; a notice says why nothing happens yet.
  const HELD_TYPES = ['keydown', 'keypress', 'keyup', 'mousedown', 'mouseup', 'click', 'dblclick', 'contextmenu',
                      'mousemove', 'mouseenter', 'mouseleave', 'mouseover', 'mouseout', 'wheel', 'pointerdown', 'pointerup', 'pointermove', 'touchstart', 'touchmove',
                      'touchend', 'touchcancel', 'compositionstart', 'compositionupdate', 'compositionend', 'input',
                      'paste', 'copy', 'cut'];
  const held = [];
  let holding = false, replaying = false;
  const notice = document.createElement('div');
  notice.id = 'deferred-notice';
  notice.setAttribute('role', 'status');
  notice.hidden = true;
  notice.textContent = '正在加载其余功能，请稍候，您的操作将随后生效…';
  document.body.appendChild(notice);
  function hold(e) {
    if (!holding || replaying) return;
    e.stopImmediatePropagation();
    held.push(e);
    if (!/move$/.test(e.type)) notice.hidden = false;
  }
  for (const type of HELD_TYPES) window.addEventListener(type, hold, { capture: true });
  function releaseInput() {
    holding = false;
    notice.hidden = true;
    replaying = true;
    try {
      for (const e of held.splice(0)) e.target.dispatchEvent(e);
    } finally {
      replaying = false;
    }
  }

  // One of its functions called before it arrived (Emscripten's placeholder
  // import calls Module.loadSplitModule): it is loaded at once, synchronously,
  // so the call still works; the page pauses for the rest of the download.
  function loadDeferredNow(file, imports) {
    if (deferredLoaded) return;
    let module = deferredModule;
    if (!module) {
      console.warn('a function of the second module was called before it arrived: loading it synchronously');
      const xhr = new XMLHttpRequest();
      xhr.open('GET', DEFERRED, false);
      xhr.overrideMimeType('text/plain; charset=x-user-defined');  // bytes as characters: no responseType in a synchronous request
      xhr.send();
      if (xhr.status !== 200) throw new Error(DEFERRED + ': HTTP ' + xhr.status);
      const text = xhr.responseText;
      const bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
      module = new WebAssembly.Module(bytes);
    }
    instantiateDeferred(new WebAssembly.Instance(module, imports));
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

  // Both started at once (index.html preloads them with the page); the sizes
  // for the progress bar come with version.json (web/offline.js fetches it).
  const wasmModule = download('skillaid.wasm', compileWasm, true);
  const coreFont = download('fonts/ui-core.ttf', fileBytes, true);
  (window.SkillAidManifest || Promise.reject(new Error('no version.json')))
    .then((manifest) => { wireTables = manifest.wire || {}; }, () => { wireTables = {}; })
    .then(showProgress);
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
    // Our own instantiation: the module compiled while it downloaded.
    instantiateWasm: function (imports, success) {
      wasmModule.then((module) => WebAssembly.instantiate(module, imports).then((instance) => success(instance, module)))
        .catch((err) => fail('程序文件下载或启动失败，请检查网络后刷新页面。', String(err)));
      return {};
    },
    loadSplitModule: loadDeferredNow,
    onAbort: (what) => fail('程序运行出错，请刷新页面。已保存的内容不会丢失。', String(what)),
  };

  // Called by the app after its first complete frames (ui/web_platform.cpp).
  function ready() {
    if (failed) return;
    progressDone = true;
    clearInterval(progressTimer);
    statusBox.classList.add('hidden');
    document.body.dataset.readyMs = String(Math.round(performance.now()));  // for tools/bench-web.mjs
    document.body.dataset.ready = '1';
    window.dispatchEvent(new Event('skillaid-ready'));
    // The second module first (the full font's merging is in it), then the full font.
    holding = !deferredLoaded;  // it may have come already, loaded synchronously by an early call
    loadDeferred().catch((err) => {
      console.error('second module not loaded; its functions load when first used', err);
      releaseInput();
    })
      .then(() => download('fonts/ui-full.ttf', fileBytes, false)).then((bytes) => {
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
