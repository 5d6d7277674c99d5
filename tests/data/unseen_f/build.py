#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build the blind set (f) files from texts.py, meta.py and annotations.py, with the build code
the later blind sets share (../blindset.py) and this set's own abbreviation list.
Run: python3 build.py && python3 validate.py
"""
import pathlib
import sys

sys.dont_write_bytecode = True
HERE = pathlib.Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import blindset  # noqa: E402
from annotations import ANN  # noqa: E402
from meta import META, RETRIEVAL  # noqa: E402
from texts import TEXTS  # noqa: E402

#: The sentence splitter's abbreviations as this set was built with (the shared list has three more).
ABBREV = frozenset({"U.S.", "U.N.", "Gen.", "Col.", "Cpl.", "Maj.", "Lt.", "Sgt.", "Capt.", "Brig.", "Adm.", "Mr.", "Mrs.",
          "Dr.", "St.", "No.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "a.m.", "p.m.", "Va.", "Ga."})

if __name__ == "__main__":
    blindset.build(HERE, TEXTS, META, RETRIEVAL, ANN, ABBREV)
