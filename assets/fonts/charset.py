#!/usr/bin/env python3
"""Writes the character sets of the two UI font subsets.

usage: charset.py CORE_OUT FULL_OUT SOURCE... [--full SOURCE...]

core: printable ASCII, the punctuation a Chinese input method types (CJK
      symbols, full-width punctuation, dashes, quotes, ellipsis, the Latin-1
      symbols), and every character that occurs in the SOURCEs before --full
      (the app's strings and the web shell): the first usable screen, so
      every glyph here is paid for before it (docs/offline.md, byte budget).
full: core plus Latin-1, general punctuation, all full-width forms, all
      6,763 GB2312 hanzi and its symbol rows, plus every character of the
      SOURCEs after --full (the policy data: occupation names, offices),
      fetched after the first paint and merged into the core font.
"""
import sys


def ranges(*pairs):
    return {chr(c) for lo, hi in pairs for c in range(lo, hi + 1)}


def gb2312(rows):
    out = set()
    for hi in rows:
        for lo in range(0xA1, 0xFF):
            try:
                out.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return out


def chars_in(paths):
    out = set()
    for path in paths:
        with open(path, encoding="utf-8", errors="ignore") as f:
            out |= {c for c in f.read() if ord(c) >= 0x80}
    return out


def main():
    core_out, full_out, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    split = args.index("--full") if "--full" in args else len(args)
    core = ranges((0x20, 0x7E), (0xA0, 0xBF), (0xD7, 0xD7), (0xF7, 0xF7), (0x2010, 0x2027), (0x2030, 0x203B),
                  (0x3000, 0x303F), (0xFF01, 0xFF0F), (0xFF1A, 0xFF20), (0xFF3B, 0xFF40), (0xFF5B, 0xFF65),
                  (0xFFE0, 0xFFE6))
    core |= chars_in(args[:split])
    full = core | ranges((0xA0, 0xFF), (0x2000, 0x206F), (0xFF00, 0xFFEF))
    full |= chars_in(args[split + 1:]) | gb2312(range(0xA1, 0xAA)) | gb2312(range(0xB0, 0xF8))
    for path, chars in ((core_out, core), (full_out, full)):
        text = "".join(sorted(c for c in chars if c.isprintable() or c == "\u3000"))
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
