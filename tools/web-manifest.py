#!/usr/bin/env python3
"""Stamps a web build with its version and gives its files content-hashed names.

usage: web-manifest.py DIST_DIR

1. Every delivered file except the entry points (index.html, sw.js,
   version.json) gets a twin named by its content, NAME.HASH.EXT (HASH: the
   first HASH_LEN hex digits of its sha256), which the server may let browsers
   keep for a year (server/static_files.cpp). Files that name others (loader.js
   names the wasm, the fonts and skillaid.js; index.html the scripts and the
   style sheet) are rewritten to name the twins, after those are known.
   Leaves are hard links of their original (no second copy on disk); the
   original names stay for tools and tests. Twins of earlier builds are removed.
2. Writes DIST_DIR/version.json ({"version", "files": {name: sha256}}) and
   rewrites the MANIFEST line of DIST_DIR/sw.js with the version and the list
   of files the service worker must cache: the twins and index.html. The
   version is a hash of every delivered file, so any change to the build gives
   a new service worker, which the browser then installs as a whole (web/sw.js).

Idempotent: a second run changes nothing (mtimes kept, so the .br/.gz copies
of tools/precompress.sh and the ETags stay).
"""
import hashlib
import json
import os
import re
import sys

HASH_LEN = 10
HASHED_NAME = re.compile(r"^(.+)\.[0-9a-f]{%d}(\.[A-Za-z0-9]+)$" % HASH_LEN)
SKIP_SUFFIXES = (".br", ".gz")
ENTRY_POINTS = {"index.html", "sw.js", "version.json"}
REFERRERS = ["loader.js", "index.html"]  # in this order: index.html names loader.js's twin


def write_if_changed(path, data):
    """Keeps the mtime (and so the .br/.gz copies and the ETag) when nothing changed."""
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return
    except FileNotFoundError:
        pass
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def twin_name(rel, data):
    stem, ext = os.path.splitext(rel)
    return "%s.%s%s" % (stem, hashlib.sha256(data).hexdigest()[:HASH_LEN], ext)


def name_twins(text, twins):
    """Replaces each quoted original name (or an earlier twin of it) by its twin."""
    for rel, twin in twins.items():
        stem, ext = os.path.splitext(rel)
        pattern = r"""(["'])%s(?:\.[0-9a-f]{%d})?%s\1""" % (re.escape(stem), HASH_LEN, re.escape(ext))
        text = re.sub(pattern, lambda m: m.group(1) + twin + m.group(1), text)
    return text


def delivered_files(dist):
    for root, _, names in os.walk(dist):
        for name in names:
            rel = os.path.relpath(os.path.join(root, name), dist).replace(os.sep, "/")
            if not name.endswith(SKIP_SUFFIXES) and not name.endswith(".tmp"):
                yield rel


def main():
    dist = sys.argv[1]
    path = lambda rel: os.path.join(dist, rel)
    originals = sorted(rel for rel in delivered_files(dist)
                       if rel not in ENTRY_POINTS and not HASHED_NAME.match(os.path.basename(rel)))

    twins = {}  # original name -> twin name
    for rel in originals:
        if rel in REFERRERS:
            continue
        with open(path(rel), "rb") as f:
            twin = twin_name(rel, f.read())
        if not os.path.exists(path(twin)):
            os.link(path(rel), path(twin))
        twins[rel] = twin
    for rel in REFERRERS:
        with open(path(rel), encoding="utf-8") as f:
            text = name_twins(f.read(), twins).encode("utf-8")
        if rel == "index.html":
            write_if_changed(path(rel), text)  # the entry point keeps its name
        else:
            twin = twin_name(rel, text)
            write_if_changed(path(twin), text)
            twins[rel] = twin

    # Twins of earlier builds (and their compressed copies) go.
    current = set(twins.values())
    for rel in list(delivered_files(dist)):
        if HASHED_NAME.match(os.path.basename(rel)) and rel not in current:
            for suffix in ("", ".br", ".gz"):
                if os.path.exists(path(rel + suffix)):
                    os.remove(path(rel + suffix))

    files = {}
    for rel in sorted(current) + ["index.html"]:
        with open(path(rel), "rb") as f:
            files[rel] = hashlib.sha256(f.read()).hexdigest()
    version = hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()[:12]
    write_if_changed(path("version.json"),
                     json.dumps({"version": version, "files": files}, indent=1).encode("utf-8"))
    with open(path("sw.js"), encoding="utf-8") as f:
        sw = f.read()
    # version.json is cached too (it tells the running code its version) but is
    # not part of its own hash.
    manifest = json.dumps({"version": version, "files": list(files) + ["version.json"]}, ensure_ascii=False)
    sw, count = re.subn(r"^const MANIFEST = .*$", lambda m: "const MANIFEST = %s;" % manifest, sw, flags=re.M)
    if count != 1:
        sys.exit("web-manifest.py: no MANIFEST line in %s" % path("sw.js"))
    write_if_changed(path("sw.js"), sw.encode("utf-8"))
    print("web build %s: %d files" % (version, len(files)))


if __name__ == "__main__":
    main()
