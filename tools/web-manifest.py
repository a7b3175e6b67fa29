#!/usr/bin/env python3
"""Stamps a web build with its version.

usage: web-manifest.py DIST_DIR

Writes DIST_DIR/version.json ({"version", "files": {name: sha256}}) and
rewrites the MANIFEST line of DIST_DIR/sw.js with the version and the list of
files the service worker must cache. The version is a hash of every delivered
file, so any change to the build gives a new service worker, which the browser
then installs as a whole (web/sw.js).
"""
import hashlib
import json
import os
import re
import sys

SKIP_SUFFIXES = (".br", ".gz")
SKIP_NAMES = {"sw.js", "version.json"}


def write_if_changed(path, text):
    """Keeps the mtime (and so the .br/.gz copies and the ETag) when nothing changed."""
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        pass
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    dist = sys.argv[1]
    files = {}
    for root, _, names in os.walk(dist):
        for name in names:
            rel = os.path.relpath(os.path.join(root, name), dist).replace(os.sep, "/")
            if name.endswith(SKIP_SUFFIXES) or rel in SKIP_NAMES:
                continue
            with open(os.path.join(root, name), "rb") as f:
                files[rel] = hashlib.sha256(f.read()).hexdigest()
    files = dict(sorted(files.items()))
    version = hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()[:12]
    write_if_changed(os.path.join(dist, "version.json"),
                     json.dumps({"version": version, "files": files}, indent=1))
    sw_path = os.path.join(dist, "sw.js")
    with open(sw_path, encoding="utf-8") as f:
        sw = f.read()
    # version.json is cached too (it tells the running code its version) but is
    # not part of its own hash.
    manifest = json.dumps({"version": version, "files": list(files) + ["version.json"]}, ensure_ascii=False)
    sw, count = re.subn(r"^const MANIFEST = .*$", "const MANIFEST = %s;" % manifest, sw, flags=re.M)
    if count != 1:
        sys.exit("web-manifest.py: no MANIFEST line in %s" % sw_path)
    write_if_changed(sw_path, sw)
    print("web build %s: %d files" % (version, len(files)))


if __name__ == "__main__":
    main()
