// Contestant photos (ui/forms/photo.cpp): reads the picked file, decodes a
// thumbnail of at most kThumbMax pixels with createImageBitmap, and hands the
// file's bytes and the thumbnail's RGBA pixels to the app, which checks the
// file (JPG, at most 1M) and keeps it. decode() does the same for a photo
// already stored in a draft (after a reload or an import).
(function () {
  'use strict';
  const kThumbMax = 160;  // = photo::kThumbMaxPx

  function surface(w, h) {
    if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(w, h);
    const c = document.createElement('canvas');
    c.width = w;
    c.height = h;
    return c;
  }

  // {w, h, rgba}; w = h = 0 when the browser cannot decode the bytes.
  async function thumbnail(bytes) {
    try {
      const bitmap = await createImageBitmap(new Blob([bytes]));
      const scale = Math.min(1, kThumbMax / Math.max(bitmap.width, bitmap.height));
      const w = Math.max(1, Math.round(bitmap.width * scale));
      const h = Math.max(1, Math.round(bitmap.height * scale));
      const g = surface(w, h).getContext('2d');
      g.drawImage(bitmap, 0, 0, w, h);
      bitmap.close();
      return { w, h, rgba: g.getImageData(0, 0, w, h).data };
    } catch (e) {
      return { w: 0, h: 0, rgba: new Uint8Array(0) };
    }
  }

  function deliver(purpose, bytes, thumb, picked) {
    const M = window.Module;
    if (!M || !M.calledRun) return;
    const name = M.stringToNewUTF8(purpose);
    const file = M._malloc(Math.max(1, bytes.length));
    M.HEAPU8.set(bytes, file);
    const pixels = M._malloc(Math.max(1, thumb.rgba.length));
    M.HEAPU8.set(thumb.rgba, pixels);  // HEAPU8 read again: malloc may have grown memory
    M._skillaid_photo_arrived(name, file, bytes.length, pixels, thumb.w, thumb.h, picked ? 1 : 0);
    [name, file, pixels].forEach((p) => M._free(p));
  }

  // Runs right after a click in the app (transient user activation).
  function pick(purpose) {
    const input = Object.assign(document.createElement('input'), { type: 'file', accept: '.jpg,.jpeg,image/jpeg' });
    input.style.display = 'none';
    input.addEventListener('change', async () => {
      const chosen = input.files && input.files[0];
      input.remove();
      if (!chosen) return;
      const bytes = new Uint8Array(await chosen.arrayBuffer());
      deliver(purpose, bytes, await thumbnail(bytes), true);
    });
    document.body.appendChild(input);
    input.click();
  }

  function decode(purpose, bytes) {
    thumbnail(bytes).then((thumb) => deliver(purpose, bytes, thumb, false));
  }

  window.SkillAidPhoto = { pick, decode };
})();
