// Offline start and updates. After the first visit web/sw.js holds every file
// of this build, so the app starts with no network. A new deployment is
// installed by the service worker in the background as a whole; we then offer
// a reload, and only the reload switches to it (never new JS with old wasm).
// Drafts live in IndexedDB (IDBFS) and are not touched by an update.
(function () {
  'use strict';
  const banner = document.createElement('div');
  banner.id = 'update-banner';
  banner.setAttribute('role', 'alert');
  banner.hidden = true;
  banner.innerHTML = '<span>新版本已就绪，刷新后生效。已填写的内容不会丢失。</span>' +
    '<button id="update-reload" type="button">立即刷新</button>' +
    '<button id="update-later" type="button">稍后</button>';
  document.body.appendChild(banner);

  // The version of the code that is running (the service worker answers with
  // its own cached copy, so this matches the files in use). Shared with
  // web/loader.js, which takes the wire sizes for its progress bar from it;
  // index.html preloads it.
  window.SkillAidManifest = fetch('version.json').then((r) => {
    if (!r.ok) throw new Error('version.json: HTTP ' + r.status);
    return r.json();
  });
  window.SkillAidManifest.then((v) => {
    document.body.dataset.version = v.version;
    window.SkillAidVersion = v.version;
  }, () => {});

  if (!('serviceWorker' in navigator)) {
    document.body.dataset.offline = 'unsupported';
    return;
  }

  const UPDATE_CHECK_DELAY_MS = 2000;
  const UPDATE_CHECK_INTERVAL_MS = 30 * 60 * 1000;
  let waiting = null;
  let updateRequested = false;

  function offer(worker) {
    waiting = worker;
    banner.hidden = false;
    document.body.dataset.updateReady = '1';
  }

  // A new version is offered once fully installed ("installed" while a
  // controller exists: an update, not the first install). The browser may
  // have started installing it before we got here, so look at every stage.
  function track(worker) {
    if (!worker) return;
    const check = () => { if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker); };
    check();
    worker.addEventListener('statechange', check);
  }

  function watch(registration) {
    track(registration.waiting);
    track(registration.installing);
    registration.addEventListener('updatefound', () => track(registration.installing));
  }

  document.getElementById('update-reload').addEventListener('click', () => {
    if (!waiting) return;
    updateRequested = true;
    banner.hidden = true;
    // Save what is open and let IndexedDB finish before the page goes away.
    const idle = window.SkillAidFiles && window.SkillAidFiles.flush ? window.SkillAidFiles.flush() : Promise.resolve();
    idle.then(() => waiting.postMessage({ type: 'skip-waiting' }));
  });
  document.getElementById('update-later').addEventListener('click', () => { banner.hidden = true; });

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (updateRequested) location.reload();  // the first install also changes the controller: no reload then
  });

  // Registered once the app is up, so the service worker's downloads never
  // compete with the first screen's.
  window.addEventListener('skillaid-ready', () => {
    navigator.serviceWorker.register('sw.js').then((registration) => {
      watch(registration);
      // Look for a new deployment shortly after start (a check the browser
      // makes during navigation can fail while the page itself is loading),
      // then now and then, and whenever the link comes back.
      const check = () => registration.update().catch(() => {});  // offline: nothing to do
      setTimeout(check, UPDATE_CHECK_DELAY_MS);
      setInterval(check, UPDATE_CHECK_INTERVAL_MS);
      window.addEventListener('online', check);
      return navigator.serviceWorker.ready;
    }).then(() => {
      document.body.dataset.offlineReady = '1';
    }, (err) => {
      document.body.dataset.offline = 'failed';
      console.warn('service worker not registered: offline start unavailable', err);
    });
  });
})();
