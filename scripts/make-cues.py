#!/usr/bin/env python3
"""Draws the two gentle answer sounds in assets/sounds/ (standard library + oggenc).

right.ogg: two soft rising notes (C5, E5); wrong.ogg: one soft low note (A3).
Both are short, quiet and free of harsh edges, so a wrong answer never sounds
like a scolding.
"""
import math
import struct
import subprocess
import tempfile
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parents[1] / "assets" / "sounds"


def tone(freq, seconds, volume=0.35):
    n = int(RATE * seconds)
    out = []
    for i in range(n):
        t = i / RATE
        # Soft attack and a long, smooth release.
        env = min(1.0, t / 0.02) * math.exp(-3.0 * t / seconds)
        out.append(volume * env * math.sin(2 * math.pi * freq * t))
    return out


def write(name, samples):
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / f"{name}.wav"
        with wave.open(str(wav), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))
        subprocess.run(["oggenc", "-Q", "-q", "2", "-o", str(OUT / f"{name}.ogg"), str(wav)], check=True)


write("right", tone(523.25, 0.18) + tone(659.25, 0.35))
write("wrong", tone(220.0, 0.4, volume=0.25))
