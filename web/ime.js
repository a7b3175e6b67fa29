// The IME bridge. ImGui draws into a canvas and never sees the browser's input
// methods, so while an ImGui text field is active a hidden <textarea> sits at
// the text cursor and holds the focus: the IME composes in it (we draw the
// pre-edit string ourselves), and committed text goes to ImGui as UTF-8.
// Plain keys (ASCII, Backspace, Enter, Tab, arrows) still reach ImGui through
// GLFW's own window listeners, so the textarea must not type them a second
// time. Also: clipboard both ways, touch input, and raising the virtual
// keyboard on touch devices. Loaded before skillaid.js so that our capture
// listeners run before GLFW's.
(function () {
  'use strict';
  const bridge = document.createElement('textarea');
  bridge.id = 'ime-bridge';
  bridge.setAttribute('aria-label', '文本输入');
  bridge.setAttribute('autocomplete', 'off');
  bridge.setAttribute('autocorrect', 'off');
  bridge.setAttribute('autocapitalize', 'off');
  bridge.spellcheck = false;
  const preedit = document.createElement('div');
  preedit.id = 'ime-preedit';
  document.body.appendChild(bridge);
  document.body.appendChild(preedit);
  const canvas = document.getElementById('canvas');

  let wantText = false;   // an ImGui text field is active
  let composing = false;  // an IME composition is in progress
  let cursor = { x: 0, y: 0, h: 20 };  // text cursor in CSS pixels

  // Calls an exported C function with a JS string as UTF-8.
  function sendString(exportName, text) {
    const M = window.Module;
    if (!M || !M.calledRun || !text) return;
    const ptr = M.stringToNewUTF8(text);
    M['_' + exportName](ptr);
    M._free(ptr);
  }

  function toCss(x, y) {
    const rect = canvas.getBoundingClientRect();
    const scale = canvas.width ? rect.width / canvas.width : 1;
    return { x: rect.left + x * scale, y: rect.top + y * scale, scale };
  }

  function placeBridge() {
    bridge.style.left = cursor.x + 'px';
    bridge.style.top = cursor.y + 'px';
    bridge.style.height = cursor.h + 'px';
    preedit.style.left = cursor.x + 'px';
    preedit.style.top = (cursor.y + cursor.h + 2) + 'px';
  }

  // H1: a mirror text box the user focused (web/a11y.js) types for the bridge through
  // commit() below; while it holds the focus the bridge leaves the focus there.
  let host = null;
  function focusBridge() {
    if (host && document.activeElement === host) return;
    if (document.activeElement !== bridge) bridge.focus({ preventScroll: true });
  }

  // Called by the app (ui/web_platform.cpp) when ImGui's IME data changes.
  function update(active, x, y, lineHeight) {
    const css = toCss(x, y);
    cursor = { x: css.x, y: css.y, h: Math.max(8, lineHeight * css.scale) };
    placeBridge();
    if (active) {
      wantText = true;
      focusBridge();
    } else if (wantText) {
      wantText = false;
      if (!composing) {
        bridge.blur();
        preedit.style.display = 'none';
      }
    }
  }

  function writeClipboard(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(() => copyWithCommand(text));
    } else {
      copyWithCommand(text);
    }
  }

  function copyWithCommand(text) {
    const saved = bridge.value;
    bridge.value = text;
    bridge.select();
    try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
    bridge.value = saved;
  }

  // Keys typed while composing belong to the IME, not to ImGui: stop them
  // before GLFW sees them. Ctrl/Cmd+V is left to the browser so that a paste
  // event with the clipboard's text reaches the bridge.
  function onKeyCapture(e) {
    if (e.target !== bridge) return;
    if (e.isComposing || e.keyCode === 229) {
      e.stopImmediatePropagation();
      return;
    }
    if (e.type === 'keydown' && (e.ctrlKey || e.metaKey) && (e.key === 'v' || e.key === 'V')) {
      e.stopImmediatePropagation();
    }
  }
  window.addEventListener('keydown', onKeyCapture, true);
  window.addEventListener('keyup', onKeyCapture, true);

  // GLFW already turned this keypress into an ImGui character.
  bridge.addEventListener('keypress', (e) => e.preventDefault());
  bridge.addEventListener('keydown', (e) => { if (e.key === 'Tab') e.preventDefault(); });

  bridge.addEventListener('compositionstart', () => {
    composing = true;
    preedit.textContent = '';
  });
  bridge.addEventListener('compositionupdate', (e) => {
    preedit.textContent = e.data || '';
    preedit.style.display = e.data ? 'block' : 'none';
    placeBridge();
  });
  bridge.addEventListener('compositionend', (e) => {
    composing = false;
    preedit.style.display = 'none';
    sendString('skillaid_ime_commit', e.data);
    bridge.value = '';
    if (!wantText) bridge.blur();
  });
  // Text that arrives without a keypress: voice input, on-screen keyboards,
  // autocomplete, insertText from a test driver.
  bridge.addEventListener('input', (e) => {
    if (e.isComposing || composing) return;
    if ((e.inputType === 'insertText' || e.inputType === 'insertReplacementText') && e.data) {
      sendString('skillaid_ime_commit', e.data);
    }
    bridge.value = '';
  });
  bridge.addEventListener('paste', (e) => {
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    e.preventDefault();
    sendString('skillaid_paste', text);
  });

  // Keep the focus on the bridge while a field is active: the canvas itself
  // never needs it (GLFW listens on window).
  canvas.addEventListener('mousedown', (e) => { if (wantText) e.preventDefault(); });
  canvas.addEventListener('mouseup', () => { if (wantText) focusBridge(); });

  // ---- Touch (docs/access.md "Phones and touch") ----
  // A finger that lifts within kTapSlop CSS px of where it landed is a tap:
  // ImGui gets a mouse move, press and release there (trickled over frames).
  // A finger that moves further is a drag: it scrolls what is under it
  // (skillaid_touch_scroll; ImGui never sees a press, so a drag can never
  // press a button), and after the lift the content glides on (inertia on
  // requestAnimationFrame) until it slows down or the next touch stops it.
  // A second finger cancels the gesture. The app has no context actions, so
  // a long press is simply a tap.
  const kTapSlop = 8;             // CSS px
  const kAxisLockRatio = 2;       // |dy| > 2|dx| at the drag's start: vertical only (and vice versa)
  const kVelocityWindowMs = 100;  // velocity at the lift: the last 100 ms of the drag
  const kMinFlingSpeed = 0.15;    // px/ms below which a lift does not glide
  const kFriction = 0.0025;       // per ms: speed *= exp(-kFriction * dt)
  const kStopSpeed = 0.02;        // px/ms: the glide ends
  let gesture = null;             // { id, x0, y0, x, y, drag, lockX, lockY, samples }
  let glide = 0;                  // requestAnimationFrame id of the inertia, 0: none
  let overText = false;           // the app says the resting pointer is over a text field
  const coarse = matchMedia('(pointer: coarse)').matches;
  let touchInput = coarse;        // web::is_touch(): a coarse primary pointer, or the last input was touch
  let pendingFocus = 0;           // timer: blur a bridge focused for a tap that hit no field

  function app() {
    const M = window.Module;
    return M && M.calledRun ? M : null;
  }
  function wake() { if (window.SkillAidWake) window.SkillAidWake(); }
  function toCanvas(clientX, clientY) {
    const rect = canvas.getBoundingClientRect();
    const sx = rect.width ? canvas.width / rect.width : 1, sy = rect.height ? canvas.height / rect.height : 1;
    return { x: (clientX - rect.left) * sx, y: (clientY - rect.top) * sy, sx, sy };
  }
  function setTouchInput(lastWasTouch) {
    const touch = coarse || lastWasTouch;
    if (touch === touchInput) return;
    touchInput = touch;
    const M = app();
    if (M) M._skillaid_set_touch(touch ? 1 : 0);
  }
  function stopGlide() {
    if (glide) cancelAnimationFrame(glide);
    glide = 0;
  }
  function scrollBy(dx, dy, begin) {
    const M = app();
    if (!M || !gesture) return;
    const p = toCanvas(gesture.x0, gesture.y0);
    M._skillaid_touch_scroll(p.x, p.y, dx * p.sx, dy * p.sy, begin ? 1 : 0);
  }
  function startGlide(vx, vy) {
    let last = performance.now();
    const step = (now) => {
      const dt = Math.min(now - last, 100);  // a late frame: the glide goes on, not jumps
      last = now;
      const decay = Math.exp(-kFriction * dt);
      vx *= decay;
      vy *= decay;
      if (Math.hypot(vx, vy) < kStopSpeed || !gesture) { glide = 0; gesture = null; return; }
      scrollBy(vx * dt, vy * dt, false);
      glide = requestAnimationFrame(step);
    };
    glide = requestAnimationFrame(step);
  }

  function onTouchStart(e) {
    e.preventDefault();
    e.stopImmediatePropagation();
    setTouchInput(true);
    stopGlide();
    if (e.touches.length > 1) { gesture = null; return; }  // a second finger: no tap, no drag
    const t = e.changedTouches[0];
    gesture = { id: t.identifier, x0: t.clientX, y0: t.clientY, x: t.clientX, y: t.clientY,
                drag: false, moved: false, lockX: false, lockY: false, samples: [{ t: e.timeStamp, x: t.clientX, y: t.clientY }] };
    const M = app();
    if (M) {  // the finger at rest: hover, so the app can say whether a text field is under it
      const p = toCanvas(t.clientX, t.clientY);
      M._skillaid_touch(0, p.x, p.y);
    }
  }
  function findTouch(e) {
    for (const t of e.changedTouches) if (gesture && t.identifier === gesture.id) return t;
    return null;
  }
  function onTouchMove(e) {
    e.preventDefault();
    e.stopImmediatePropagation();
    const t = findTouch(e);
    if (!t) return;
    let dx = t.clientX - gesture.x, dy = t.clientY - gesture.y;
    if (!gesture.drag) {
      const tx = t.clientX - gesture.x0, ty = t.clientY - gesture.y0;
      if (Math.hypot(tx, ty) < kTapSlop) return;
      gesture.drag = true;
      gesture.lockY = Math.abs(ty) > kAxisLockRatio * Math.abs(tx);  // scrolls vertically only
      gesture.lockX = Math.abs(tx) > kAxisLockRatio * Math.abs(ty);
      dx = tx;
      dy = ty;
      const M = app();
      if (M) M._skillaid_touch(3, 0, 0);  // the pointer leaves: no hover while the content moves
    }
    gesture.x = t.clientX;
    gesture.y = t.clientY;
    gesture.samples.push({ t: e.timeStamp, x: t.clientX, y: t.clientY });
    while (gesture.samples.length > 2 && e.timeStamp - gesture.samples[0].t > kVelocityWindowMs) gesture.samples.shift();
    scrollBy(gesture.lockX ? dx : gesture.lockY ? 0 : dx, gesture.lockY ? dy : gesture.lockX ? 0 : dy, !gesture.moved);
    gesture.moved = true;
  }
  function onTouchEnd(e) {
    e.preventDefault();
    e.stopImmediatePropagation();
    const t = findTouch(e);
    if (!t) return;
    const g = gesture;
    if (e.type === 'touchcancel') { gesture = null; return; }
    if (!g.drag) {
      gesture = null;
      const M = app();
      if (!M) return;
      const p = toCanvas(t.clientX, t.clientY);
      M._skillaid_touch(1, p.x, p.y);
      M._skillaid_touch(2, p.x, p.y);
      // Still inside the user gesture: focusing now raises the virtual keyboard.
      if (wantText || overText) {
        focusBridge();
        clearTimeout(pendingFocus);
        pendingFocus = setTimeout(() => { if (!wantText && !composing) bridge.blur(); }, 400);
      }
      return;
    }
    const s = g.samples, first = s[0], last = s[s.length - 1];
    const dt = last.t - first.t;
    let vx = dt > 0 ? (last.x - first.x) / dt : 0, vy = dt > 0 ? (last.y - first.y) / dt : 0;
    if (g.lockY) vx = 0;
    if (g.lockX) vy = 0;
    if (e.timeStamp - last.t > kVelocityWindowMs || Math.hypot(vx, vy) < kMinFlingSpeed) { gesture = null; return; }
    startGlide(vx, vy);  // `gesture` stays: the glide scrolls the same content
  }
  canvas.addEventListener('touchstart', onTouchStart, { capture: true, passive: false });
  canvas.addEventListener('touchmove', onTouchMove, { capture: true, passive: false });
  canvas.addEventListener('touchend', onTouchEnd, { capture: true, passive: false });
  canvas.addEventListener('touchcancel', onTouchEnd, { capture: true, passive: false });
  // A mouse or a key after touch: the layout may go back to mouse sizes.
  window.addEventListener('mousedown', (e) => { if (!e.sourceCapabilities || !e.sourceCapabilities.firesTouchEvents) setTouchInput(false); }, true);

  // The virtual keyboard: the layout viewport keeps its height on most phones,
  // only the visual viewport shrinks. The canvas follows the visual viewport,
  // so the app lays out above the keyboard and scrolls the active field into view.
  const vv = window.visualViewport;
  function fitVisualViewport() {
    const full = Math.abs(vv.height - window.innerHeight) < 1 && vv.offsetTop === 0;
    const height = full ? '' : vv.height + 'px', top = full ? '' : vv.offsetTop + 'px';
    if (canvas.style.height === height && canvas.style.top === top) return;
    canvas.style.height = height;
    canvas.style.top = top;
    wake();
  }
  if (vv) {
    vv.addEventListener('resize', fitVisualViewport);
    vv.addEventListener('scroll', fitVisualViewport);
  }

  // The keyboard a field wants (web::set_text_input_kind): changed only when
  // different; a focused bridge is refocused so the keyboard switches layout.
  function setKind(inputmode, enterkeyhint) {
    if (bridge.getAttribute('inputmode') !== inputmode) bridge.setAttribute('inputmode', inputmode);
    else if ((bridge.getAttribute('enterkeyhint') || '') === enterkeyhint) return;
    if (enterkeyhint) bridge.setAttribute('enterkeyhint', enterkeyhint);
    else bridge.removeAttribute('enterkeyhint');
    if (document.activeElement === bridge && touchInput && !composing) {
      bridge.blur();
      bridge.focus({ preventScroll: true });
    }
  }
  bridge.setAttribute('inputmode', 'text');

  window.SkillAidIme = {
    update, writeClipboard, setKind, element: bridge,
    isTouch: () => touchInput,
    setOverText: (v) => { overText = v; },
    setHost: (el) => { host = el; },  // H1 (web/a11y.js)
    commit: (text) => sendString('skillaid_ime_commit', text),
  };
})();
