#!/usr/bin/env python3
"""One start of a program under the X server in $DISPLAY, measured from outside.

    python3 first_frame.py [--rss-after SECONDS] [--timeout SECONDS] -- COMMAND ...

Starts COMMAND (with the environment as given) and polls the X server
through libX11 (ctypes, no extra packages), the same way whatever the
program is:
  mapped_ms  process start -> the first viewable top-level window of at
             least 100x100 pixels (XQueryTree + XGetWindowAttributes);
  frame_ms   process start -> the first poll where the screen inside that
             window shows more than a blank fill (XGetImage of the root
             window over the window's rectangle; more than 4 distinct
             colours among every 13th pixel);
  rss_kib    VmRSS of the process and its children RSS_AFTER seconds after
             the start (default 5);
  poll_ms    the mean time of one poll of the window's content (plus a 5 ms
             pause between polls: the resolution of frame_ms).
Then kills the program and prints one JSON line.  Exits 1 if no window or
no drawn frame appears within the timeout (default 60 s).
"""

import array
import ctypes
import ctypes.util
import json
import os
import signal
import subprocess
import sys
import time


class XWindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong),
        ("class_", ctypes.c_int),
        ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


class XImage(ctypes.Structure):
    # Only the leading fields are read.
    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int),
        ("data", ctypes.POINTER(ctypes.c_char)),
        ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
        ("bits_per_pixel", ctypes.c_int),
    ]


IS_VIEWABLE = 2
Z_PIXMAP = 2
ALL_PLANES = ctypes.c_ulong(~0 & 0xFFFFFFFFFFFFFFFF)


def load_xlib():
    x = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XDefaultRootWindow.restype = ctypes.c_ulong
    x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x.XQueryTree.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
        ctypes.POINTER(ctypes.c_uint),
    ]
    x.XGetWindowAttributes.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.POINTER(XWindowAttributes),
    ]
    x.XGetImage.restype = ctypes.POINTER(XImage)
    x.XGetImage.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_uint,
        ctypes.c_uint,
        ctypes.c_ulong,
        ctypes.c_int,
    ]
    x.XFree.argtypes = [ctypes.c_void_p]
    x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    return x


# A window that goes away between two calls must not end this process.
ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(
    lambda _d, _e: 0
)


def find_window(x, dpy, root):
    """The first viewable top-level window of at least 100x100: (x, y, w, h)."""
    r, p = ctypes.c_ulong(), ctypes.c_ulong()
    children = ctypes.POINTER(ctypes.c_ulong)()
    n = ctypes.c_uint()
    if not x.XQueryTree(dpy, root, ctypes.byref(r), ctypes.byref(p), ctypes.byref(children), ctypes.byref(n)):
        return None
    found = None
    attrs = XWindowAttributes()
    for i in range(n.value):
        if not x.XGetWindowAttributes(dpy, children[i], ctypes.byref(attrs)):
            continue
        if attrs.map_state == IS_VIEWABLE and attrs.width >= 100 and attrs.height >= 100:
            found = (attrs.x, attrs.y, attrs.width, attrs.height)
            break
    if children:
        x.XFree(children)
    return found


def drawn(x, dpy, root, rect, screen):
    """True if the screen inside rect shows more than a blank fill."""
    wx, wy, w, h = rect
    sw, sh = screen
    x0, y0 = max(wx, 0), max(wy, 0)
    w, h = min(wx + w, sw) - x0, min(wy + h, sh) - y0
    if w <= 0 or h <= 0:
        return False
    img = x.XGetImage(dpy, root, x0, y0, w, h, ALL_PLANES, Z_PIXMAP)
    if not img:
        return False
    try:
        im = img.contents
        if im.bits_per_pixel != 32:
            raise SystemExit(f"unexpected {im.bits_per_pixel} bits per pixel")
        raw = ctypes.string_at(im.data, im.bytes_per_line * im.height)
        pixels = array.array("I", raw)
        return len(set(pixels[::13])) > 4
    finally:
        x.XFree(im.data)
        x.XFree(img)


def tree_rss_kib(pid):
    """VmRSS of pid and all its descendants, in KiB."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    stat = f.read()
                parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    family, grew = {pid}, True
    while grew:
        grew = False
        for child, parent in parents.items():
            if parent in family and child not in family:
                family.add(child)
                grew = True
    total = 0
    for p in family:
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def main():
    args = sys.argv[1:]
    rss_after, timeout = 5.0, 60.0
    while args and args[0] != "--":
        if args[0] == "--rss-after":
            rss_after = float(args[1])
        elif args[0] == "--timeout":
            timeout = float(args[1])
        else:
            raise SystemExit(f"unknown argument {args[0]}")
        args = args[2:]
    command = args[1:]
    if not command:
        raise SystemExit(__doc__)

    x = load_xlib()
    x.XSetErrorHandler(ERROR_HANDLER)
    dpy = x.XOpenDisplay(None)
    if not dpy:
        raise SystemExit("cannot open the display in $DISPLAY")
    root = x.XDefaultRootWindow(dpy)
    root_attrs = XWindowAttributes()
    x.XGetWindowAttributes(dpy, root, ctypes.byref(root_attrs))
    screen = (root_attrs.width, root_attrs.height)
    if find_window(x, dpy, root):
        raise SystemExit("a window is already on this display")

    log = open(os.environ.get("FIRST_FRAME_LOG", os.devnull), "wb")
    t0 = time.monotonic()
    proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    mapped_ms = frame_ms = None
    polls, poll_time = 0, 0.0
    try:
        rect = None
        while time.monotonic() - t0 < timeout:
            start = time.monotonic()
            if rect is None:
                rect = find_window(x, dpy, root)
                if rect is not None:
                    mapped_ms = (start - t0) * 1000
            if rect is not None:
                is_drawn = drawn(x, dpy, root, rect, screen)
                polls += 1
                poll_time += time.monotonic() - start
                if is_drawn:
                    frame_ms = (start - t0) * 1000
                    break
            if proc.poll() is not None:
                raise SystemExit(f"{command[0]} exited with {proc.returncode} before drawing")
            time.sleep(0.005)
        if frame_ms is None:
            raise SystemExit(f"{command[0]}: no drawn window within {timeout:.0f} s")
        time.sleep(max(0.0, rss_after - (time.monotonic() - t0)))
        rss = tree_rss_kib(proc.pid)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=5)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()
        # Let the X server drop the window before the next run.
        for _ in range(200):
            if find_window(x, dpy, root) is None:
                break
            time.sleep(0.01)
    print(
        json.dumps(
            {
                "mapped_ms": round(mapped_ms, 1),
                "frame_ms": round(frame_ms, 1),
                "rss_kib": rss,
                "poll_ms": round(1000 * poll_time / max(polls, 1), 1),
            }
        )
    )


if __name__ == "__main__":
    main()
