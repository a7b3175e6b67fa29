// Accessibility mirror, page side (docs/access.md "Accessibility mirror"). The app
// draws into a canvas, which a screen reader cannot read; each frame the app
// (ui/a11y.cpp) sends what changed among the widgets it drew, and we keep one
// element per widget in a container over the canvas: ARIA role, name, value
// and states, placed at the widget's rectangle, transparent and
// pointer-events:none (real clicks and taps reach the canvas). Focusing or
// activating an element focuses or activates the widget; text typed into a
// mirror text box goes to the app through the IME bridge's path
// (SkillAidIme.commit). Live regions announce status (polite) and errors
// (assertive). ?a11y=off turns it all off. Loaded before skillaid.js, so that
// our key listener runs before GLFW's.
(function () {
  'use strict';
  // Roles by number (ui/a11y.h Role) and state bits (ui/a11y.cpp).
  const ROLES = ['', 'text', 'heading', 'button', 'link', 'textbox', 'checkbox', 'combobox', 'option', 'tab',
    'status', 'alert', 'table', 'row', 'cell', 'columnheader'];
  // Containers (an ImGui table's rows and cells) hold other nodes' elements; they are not placed,
  // their children are, relative to the root like every element.
  const CONTAINERS = new Set(['table', 'row', 'cell', 'columnheader']);
  const CHECKED = 1, EXPANDED = 2, INVALID = 4, DISABLED = 8, SELECTED = 16, ACTIVE = 32, MULTILINE = 64,
    PASSWORD = 128, EXPANDABLE = 256;
  const EDITING = '正在输入：';  // + the field's name: the IME bridge while it has the focus
  const ACT_FOCUS = 1, ACT_ACTIVATE = 2, ACT_FOCUS_TEXT = 3, ACT_RELEASE = 4;  // ui/a11y.h Action

  const enabled = new URLSearchParams(location.search).get('a11y') !== 'off';
  if (!enabled) {
    window.SkillAidA11y = { enabled: false, apply() {} };
    return;
  }

  const canvas = document.getElementById('canvas');
  const root = document.createElement('div');
  root.id = 'a11y-root';
  const descriptions = document.createElement('div');  // aria-describedby targets
  descriptions.hidden = true;
  const polite = document.createElement('div');
  polite.setAttribute('role', 'status');
  polite.setAttribute('aria-live', 'polite');
  const assertive = document.createElement('div');
  assertive.setAttribute('role', 'alert');
  assertive.setAttribute('aria-live', 'assertive');
  // Their CSS is in style.css (the Content-Security-Policy allows no inline style).
  polite.className = assertive.className = 'a11y-live';
  document.body.appendChild(root);
  document.body.appendChild(descriptions);
  document.body.appendChild(polite);
  document.body.appendChild(assertive);

  // The IME bridge (web/ime.js) has the DOM focus while a field is edited with a real keyboard or
  // touch: then it is in the tree, named "正在输入：<field>"; otherwise hidden (the mirror's text
  // boxes stand for the fields).
  let bridgeField = null;  // the text box being edited (ACTIVE), or null
  function labelBridge() {
    const bridge = window.SkillAidIme && window.SkillAidIme.element;
    if (!bridge) return;
    if (!bridge.dataset.label) bridge.dataset.label = bridge.getAttribute('aria-label') || '';
    const focused = document.activeElement === bridge;
    setAttr(bridge, 'aria-hidden', !focused);
    bridge.setAttribute('aria-label', focused && bridgeField ? EDITING + bridgeField.name : bridge.dataset.label);
  }
  function setBridgeField(node, active) {
    if (active) bridgeField = node;
    else if (bridgeField === node) bridgeField = null;
    else return;
    labelBridge();
  }

  const nodes = new Map();  // id -> { el, role, state, rect, name, value, desc, pendingText }
  let scale = 1;
  let programmatic = false;  // focus() we call ourselves: not a user action
  let started = false;

  function call(kind, id) {
    const M = window.Module;
    if (!M || !M.calledRun || !M._skillaid_a11y_action) return;
    M._skillaid_a11y_action(kind, id >>> 0);
  }

  function announce(region, text) {
    region.textContent = '';
    setTimeout(() => { region.textContent = text; }, 50);
  }

  function makeElement(role, state) {
    let el;
    if (role === 'textbox') {
      el = document.createElement(state & MULTILINE ? 'textarea' : 'input');
      if (!(state & MULTILINE)) el.type = state & PASSWORD ? 'password' : 'text';
      el.autocomplete = 'off';
      el.spellcheck = false;
    } else if (role === 'checkbox') {
      el = document.createElement('input');
      el.type = 'checkbox';
    } else if (role === 'button' || role === 'link' || role === 'tab') {
      el = document.createElement('button');
      el.type = 'button';
      if (role !== 'button') el.setAttribute('role', role);
    } else if (CONTAINERS.has(role)) {
      el = document.createElement('div');
      el.setAttribute('role', role);
      el.className = 'a11y-group';
    } else {
      el = document.createElement('div');
      if (role === 'combobox' || role === 'option') {
        el.setAttribute('role', role);
        el.tabIndex = 0;
        if (role === 'combobox') el.setAttribute('aria-haspopup', 'listbox');
      } else if (role === 'heading') {
        el.setAttribute('role', 'heading');
        el.tabIndex = -1;  // the focus may land on it (focusNearest), Tab skips it
      }
    }
    return el;
  }

  function setAttr(el, name, on, value) {
    if (on) el.setAttribute(name, value === undefined ? 'true' : value);
    else el.removeAttribute(name);
  }

  // The element a node's element goes in: its container's, or the root.
  function parentElement(parent) {
    const p = parent ? nodes.get(parent) : null;
    return p ? p.el : root;
  }

  // n: [id, role, state, x, y, w, h, name, value, description, level, parent]
  function update(rec) {
    const [id, roleIndex, state, x, y, w, h, name, value, desc, level, parent = 0] = rec;
    const role = ROLES[roleIndex] || '';
    let node = nodes.get(id);
    const kindChanged = node && (node.role !== role ||
      (role === 'textbox' && (node.state & (MULTILINE | PASSWORD)) !== (state & (MULTILINE | PASSWORD))));
    if (!node || kindChanged) {
      const el = makeElement(role, state);
      el.dataset.id = id;
      if (node) {
        while (node.el.firstChild) el.appendChild(node.el.firstChild);  // a container's children stay
        node.el.replaceWith(el);
        describe(node, '');
      } else {
        parentElement(parent).appendChild(el);
      }
      node = { id, el, role, state: -1, name: null, value: null, desc: '', level: 0, rect: null, pendingText: '',
               parent };
      nodes.set(id, node);
    }
    const el = node.el;
    if (node.parent !== parent) {  // moved to another row or cell (a sorted roster)
      node.parent = parent;
      parentElement(parent).appendChild(el);
    }
    node.rect = [x, y, w, h];
    if (CONTAINERS.has(role)) {
      if (role === 'table' || role === 'columnheader') setAttr(el, 'aria-label', !!name, name);
      return;
    }
    place(node);
    if (node.name !== name || node.value !== value || node.level !== level) {
      if (role === 'textbox' || role === 'checkbox' || role === 'combobox') {
        el.setAttribute('aria-label', name);
        if (role === 'textbox' && el.value !== value) el.value = value;
        if (role === 'combobox') el.textContent = value;
      } else if (role === 'text') {
        el.textContent = value ? name + ' ' + value : name;
      } else {
        el.textContent = name;
      }
      if (role === 'heading') el.setAttribute('aria-level', String(level || 2));
      if ((role === 'status' || role === 'alert') && node.name !== name && name) {
        announce(role === 'alert' ? assertive : polite, name);
      }
      node.name = name;
      node.value = value;
      node.level = level;
    }
    if (node.state !== state) {
      if (role === 'checkbox') el.checked = !!(state & CHECKED);
      setAttr(el, 'aria-expanded', role === 'combobox' || (state & EXPANDABLE), state & EXPANDED ? 'true' : 'false');
      setAttr(el, 'aria-selected', role === 'option', state & SELECTED ? 'true' : 'false');
      setAttr(el, 'aria-invalid', state & INVALID);
      setAttr(el, 'aria-disabled', state & DISABLED);
      node.state = state;
      if (state & ACTIVE) flushText(node);
    }
    if (role === 'textbox') setBridgeField(node, !!(state & ACTIVE));
    if (node.desc !== desc) describe(node, desc);
  }

  function describe(node, desc) {
    const did = 'a11y-d-' + node.id;
    let d = document.getElementById(did);
    if (desc) {
      if (!d) {
        d = document.createElement('span');
        d.id = did;
        descriptions.appendChild(d);
      }
      d.textContent = desc;
      node.el.setAttribute('aria-describedby', did);
    } else {
      if (d) d.remove();
      node.el.removeAttribute('aria-describedby');
    }
    node.desc = desc;
  }

  function place(node) {
    const [x, y, w, h] = node.rect;
    const s = node.el.style;
    s.left = (x * scale) + 'px';
    s.top = (y * scale) + 'px';
    s.width = Math.max(1, w * scale) + 'px';
    s.height = Math.max(1, h * scale) + 'px';
  }

  // The container follows the canvas; a new scale moves every element.
  function fitRoot() {
    const r = canvas.getBoundingClientRect();
    const s = canvas.width ? r.width / canvas.width : 1;
    const st = root.style;
    st.left = r.left + 'px';
    st.top = r.top + 'px';
    st.width = r.width + 'px';
    st.height = r.height + 'px';
    if (s !== scale) {
      scale = s;
      for (const n of nodes.values()) if (n.rect && !CONTAINERS.has(n.role)) place(n);
    }
  }

  // Document order = the app's drawing order, within each container.
  function reorder(order) {
    const focused = document.activeElement;
    const last = new Map();  // container element -> its last child placed
    for (const id of order) {
      const n = nodes.get(id);
      if (!n) continue;
      const parentEl = parentElement(n.parent);
      const prev = last.get(parentEl);
      const want = prev ? prev.nextSibling : parentEl.firstChild;
      if (want !== n.el) parentEl.insertBefore(n.el, want);
      last.set(parentEl, n.el);
    }
    if (focused && focused !== document.activeElement && root.contains(focused)) {
      programmatic = true;
      focused.focus({ preventScroll: true });
      programmatic = false;
    }
  }

  // Called by the app (ui/web_platform.cpp) with one frame's changes.
  // The focused element goes away (提交 replaced by its result, a dialog closed): the focus goes
  // to the nearest element before it that stays, not to the page's start. Ids before `el`, nearest first.
  function idsBefore(el) {
    const all = [...root.querySelectorAll('[data-id]')];
    return all.slice(0, all.indexOf(el)).reverse().map((e) => Number(e.dataset.id));
  }
  function focusNearest(ids) {
    for (const id of ids) {
      const n = nodes.get(id);
      if (!n || !n.el.isConnected || CONTAINERS.has(n.role) || n.role === 'text' || n.role === 'status' || n.role === 'alert') continue;
      if (n.el.tabIndex < 0 && n.role !== 'heading') continue;
      n.el.focus({ preventScroll: true });  // told to the app (focusin) as a user's move would be
      if (root.contains(document.activeElement)) return;
    }
  }

  function apply(json) {
    const msg = JSON.parse(json);
    fitRoot();
    const focused = nodeOf(document.activeElement);
    const lost = focused && msg.r && msg.r.includes(focused.id) ? idsBefore(focused.el) : null;
    if (msg.r) {
      for (const id of msg.r) {
        const n = nodes.get(id);
        if (!n) continue;
        describe(n, '');
        setBridgeField(n, false);
        for (const child of [...n.el.querySelectorAll('[data-id]')]) root.appendChild(child);  // normally gone too
        n.el.remove();
        nodes.delete(id);
      }
    }
    if (msg.a) for (const rec of msg.a) update(rec);
    if (msg.o) reorder(msg.o);
    if (lost && !root.contains(document.activeElement)) focusNearest(lost);
    if (!started) {
      started = true;
      // The mirror speaks for the canvas from now on; its label stays for the loading state.
      canvas.setAttribute('aria-hidden', 'true');
      document.body.dataset.a11y = '1';
      const bridge = window.SkillAidIme && window.SkillAidIme.element;
      if (bridge) {
        bridge.addEventListener('focus', labelBridge);
        bridge.addEventListener('blur', labelBridge);
        labelBridge();
      }
    }
  }

  function nodeOf(el) {
    const e = el && el.closest ? el.closest('[data-id]') : null;
    return e && root.contains(e) ? nodes.get(Number(e.dataset.id)) : null;
  }

  // Text typed into a mirror text box: to ImGui once its field is being edited.
  function queueText(node, text) {
    if (!text) return;
    node.pendingText += text;
    if (node.state & ACTIVE) flushText(node);
    else call(ACT_FOCUS_TEXT, node.id);
    if (window.SkillAidWake) window.SkillAidWake();
  }

  function flushText(node) {
    if (!node.pendingText || !window.SkillAidIme || !window.SkillAidIme.commit) return;
    const text = node.pendingText;
    node.pendingText = '';
    window.SkillAidIme.commit(text);
  }

  // Focus and activation: the user (or a screen reader) moved to an element or pressed it.
  root.addEventListener('focusin', (e) => {
    const n = nodeOf(e.target);
    if (!n || programmatic) return;
    if (n.role === 'textbox') {
      if (window.SkillAidIme && window.SkillAidIme.setHost) window.SkillAidIme.setHost(n.el);
      call(ACT_FOCUS_TEXT, n.id);
    } else {
      call(ACT_FOCUS, n.id);
    }
  });
  root.addEventListener('focusout', (e) => {
    const n = nodeOf(e.target);
    if (n && n.role === 'textbox' && !programmatic) call(ACT_RELEASE, n.id);
  });
  root.addEventListener('click', (e) => {
    const n = nodeOf(e.target);
    if (!n) return;
    if (n.role === 'checkbox') e.preventDefault();  // the app's state comes back in the next frame
    if (n.role === 'textbox') call(ACT_FOCUS_TEXT, n.id);
    else if (n.role !== 'text' && n.role !== 'heading' && n.role !== 'status' && n.role !== 'alert' && !CONTAINERS.has(n.role))
      call(ACT_ACTIVATE, n.id);
  });

  // Keys on a mirror element belong to it, not to GLFW's window listener (which
  // would hand them to ImGui a second time): Enter/Space press, Tab moves along
  // the mirror. In a text box, characters go through queueText; editing keys
  // (Backspace, arrows, Enter) still reach ImGui through GLFW.
  function onKey(e) {
    const n = nodeOf(e.target);
    if (!n) return;
    if (n.role === 'textbox') {
      if (e.isComposing || e.keyCode === 229) { e.stopImmediatePropagation(); return; }
      if (e.key === 'Tab') { e.stopImmediatePropagation(); return; }
      if (e.type === 'keypress') {
        e.stopImmediatePropagation();
        e.preventDefault();
        if (e.key && e.key.length >= 1 && e.key !== 'Enter' && !e.ctrlKey && !e.metaKey) queueText(n, e.key);
      }
      return;
    }
    e.stopImmediatePropagation();
    if (e.type === 'keydown' && n.el.tagName === 'DIV' && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      n.el.click();
    }
  }
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('keyup', onKey, true);
  window.addEventListener('keypress', onKey, true);

  root.addEventListener('compositionend', (e) => {
    const n = nodeOf(e.target);
    if (n) queueText(n, e.data);
  });
  root.addEventListener('input', (e) => {
    const n = nodeOf(e.target);
    if (!n || n.role !== 'textbox') return;
    if (!e.isComposing && (e.inputType === 'insertText' || e.inputType === 'insertReplacementText') && e.data) {
      queueText(n, e.data);
    }
    if (!e.isComposing) n.el.value = n.value || '';  // the field shows what the app holds
  });
  root.addEventListener('paste', (e) => {
    const n = nodeOf(e.target);
    if (!n || n.role !== 'textbox') return;
    e.preventDefault();
    e.stopPropagation();
    queueText(n, e.clipboardData ? e.clipboardData.getData('text/plain') : '');
  }, true);
  // Focusing an element inside the container may scroll it: keep it where the canvas is.
  root.addEventListener('scroll', () => { root.scrollTop = 0; root.scrollLeft = 0; });
  window.addEventListener('resize', fitRoot);

  window.SkillAidA11y = { enabled: true, apply };
})();
