#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate the blind set (aq) files with the checks every blind set shares (../blindset.py).
Run from anywhere: python3 validate.py"""
import pathlib
import sys

sys.dont_write_bytecode = True
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import blindset  # noqa: E402

if __name__ == "__main__":
    blindset.validate(HERE)
