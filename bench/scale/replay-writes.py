#!/usr/bin/env python3
"""The file system's floor for writing a site: recreates every file of a built output folder (same paths, same sizes,
random bytes) in a fresh folder and prints the time it took. Nothing is rendered, so what it measures is what the disk
and kernel charge for the files alone; compare it with `sitegen build` of the same site (docs/scale.md).

Usage: python3 bench/scale/replay-writes.py SITE_FOLDER [THREADS=2]
Run it on a quiet machine, and not within 30 s of deleting a large folder (bench/clear-output.sh says why)."""
import os
import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

site = sys.argv[1]
threads = int(sys.argv[2]) if len(sys.argv) > 2 else 2
files = []
for folder, _, names in os.walk(site):
    for name in names:
        path = os.path.join(folder, name)
        files.append((os.path.relpath(path, site), os.path.getsize(path)))

content = os.urandom(max((size for _, size in files), default=0))
target = tempfile.mkdtemp(prefix="replay-", dir=os.path.dirname(os.path.abspath(site)))


def write(share):
    for relative, size in share:
        path = os.path.join(target, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as out:
            out.write(content[:size])


start, cpu = time.time(), os.times()
with ThreadPoolExecutor(threads) as pool:
    list(pool.map(write, [files[i::threads] for i in range(threads)]))
wall, after = time.time() - start, os.times()
total = sum(size for _, size in files)
print(f"{len(files)} files, {total / 1e9:.2f} GB, {threads} thread(s): {wall:.1f} s wall, "
      f"{after.user - cpu.user:.1f} s user, {after.system - cpu.system:.1f} s system")
shutil.rmtree(target)
