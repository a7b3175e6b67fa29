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

  function focusBridge() {
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

  // Touch: one finger drives ImGui's mouse; lifting it over an active field
  // focuses the bridge inside the user gesture, which raises the keyboard.
  function onTouch(kind) {
    return function (e) {
      const M = window.Module;
      const t = e.changedTouches[0];
      e.preventDefault();
      e.stopImmediatePropagation();
      if (!M || !M.calledRun || !t) return;
      const rect = canvas.getBoundingClientRect();
      const sx = canvas.width / rect.width, sy = canvas.height / rect.height;
      M._skillaid_touch(kind, (t.clientX - rect.left) * sx, (t.clientY - rect.top) * sy);
      if (kind === 2 && wantText) focusBridge();  // still inside the user gesture
    };
  }
  canvas.addEventListener('touchstart', onTouch(1), { capture: true, passive: false });
  canvas.addEventListener('touchmove', onTouch(0), { capture: true, passive: false });
  canvas.addEventListener('touchend', onTouch(2), { capture: true, passive: false });
  canvas.addEventListener('touchcancel', onTouch(2), { capture: true, passive: false });

  window.SkillAidIme = { update, writeClipboard, element: bridge };
})();
