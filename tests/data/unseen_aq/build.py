#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build the blind set (aq) files from texts.py, meta.py and annotations.py, with the code
every blind set shares (../blindset.py). Run: python3 build.py && python3 validate.py"""
import pathlib
import sys

sys.dont_write_bytecode = True
HERE = pathlib.Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import blindset  # noqa: E402
from annotations import ANN  # noqa: E402
from meta import META, RETRIEVAL  # noqa: E402
from texts import TEXTS  # noqa: E402

if __name__ == "__main__":
    blindset.build(HERE, TEXTS, META, RETRIEVAL, ANN, blindset.ABBREVIATIONS)
