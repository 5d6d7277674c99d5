"""Regenerate the golden outputs, on purpose: ``python tests/golden/regenerate.py``.

``tests/test_golden.py`` runs ``muster batch`` over every gold set and the samples and compares
its JSON Lines and CSV with the files here byte for byte, so a restructuring that claims to
change nothing is proven to change nothing. When a change is meant to alter the output, run
this script and review ``git diff tests/golden`` before committing it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

#: Each golden set: its name and the input `muster batch` reads (relative to the repo root).
SETS = {
    "devset": "tests/data/devset/input.jsonl",
    "extra": "tests/data/extra/input.jsonl",
    "heldout": "tests/data/heldout/input.jsonl",
    "blind": "tests/data/blind/input.jsonl",
    "unseen": "tests/data/unseen/input.jsonl",
    "unseen_b": "tests/data/unseen_b/input.jsonl",
    "unseen_c": "tests/data/unseen_c/input.jsonl",
    "unseen_d": "tests/data/unseen_d/input.jsonl",
    "unseen_e": "tests/data/unseen_e/input.jsonl",
    "unseen_f": "tests/data/unseen_f/input.jsonl",
    "unseen_g": "tests/data/unseen_g/input.jsonl",
    "unseen_h": "tests/data/unseen_h/input.jsonl",
    "unseen_i": "tests/data/unseen_i/input.jsonl",
    "unseen_j": "tests/data/unseen_j/input.jsonl",
    "unseen_k": "tests/data/unseen_k/input.jsonl",
    "unseen_l": "tests/data/unseen_l/input.jsonl",
    "unseen_m": "tests/data/unseen_m/input.jsonl",
    "unseen_n": "tests/data/unseen_n/input.jsonl",
    "unseen_o": "tests/data/unseen_o/input.jsonl",
    "unseen_p": "tests/data/unseen_p/input.jsonl",
    "unseen_q": "tests/data/unseen_q/input.jsonl",
    "unseen_r": "tests/data/unseen_r/input.jsonl",
    "unseen_s": "tests/data/unseen_s/input.jsonl",
    "unseen_t": "tests/data/unseen_t/input.jsonl",
    "unseen_u": "tests/data/unseen_u/input.jsonl",
    "unseen_v": "tests/data/unseen_v/input.jsonl",
    "unseen_w": "tests/data/unseen_w/input.jsonl",
    "unseen_x": "tests/data/unseen_x/input.jsonl",
    "unseen_y": "tests/data/unseen_y/input.jsonl",
    "unseen_z": "tests/data/unseen_z/input.jsonl",
    "unseen_aa": "tests/data/unseen_aa/input.jsonl",
    "unseen_ab": "tests/data/unseen_ab/input.jsonl",
    "unseen_ac": "tests/data/unseen_ac/input.jsonl",
    "unseen_ad": "tests/data/unseen_ad/input.jsonl",
    "unseen_ae": "tests/data/unseen_ae/input.jsonl",
    "unseen_af": "tests/data/unseen_af/input.jsonl",
    "unseen_ag": "tests/data/unseen_ag/input.jsonl",
    "unseen_ah": "tests/data/unseen_ah/input.jsonl",
    "unseen_ai": "tests/data/unseen_ai/input.jsonl",
    "unseen_aj": "tests/data/unseen_aj/input.jsonl",
    "unseen_ak": "tests/data/unseen_ak/input.jsonl",
    "unseen_al": "tests/data/unseen_al/input.jsonl",
    "unseen_am": "tests/data/unseen_am/input.jsonl",
    "unseen_an": "tests/data/unseen_an/input.jsonl",
    "unseen_ao": "tests/data/unseen_ao/input.jsonl",
    "unseen_ap": "tests/data/unseen_ap/input.jsonl",
    "unseen_aq": "tests/data/unseen_aq/input.jsonl",
    "samples": "samples/articles",
}
FORMATS = ("jsonl", "csv")


def batch_args(name: str, output_format: str, output: Path, errors: Path) -> list[str]:
    """The ``muster batch`` arguments for one golden file (one worker: output order and bytes
    do not depend on the machine's cores; no relevance gate: the goldens are what the rules
    find in every article, which is what tests/test_gate.py checks the gate against)."""
    return ["batch", SETS[name], "-o", str(output), "--errors", str(errors),
            "--format", output_format, "--workers", "1", "--quiet", "--no-gate"]


def golden_path(name: str, output_format: str) -> Path:
    return HERE / f"{name}.{output_format}"


def main() -> int:
    from typer.testing import CliRunner

    from pipeline.cli import app

    import tempfile

    os.chdir(ROOT)  # article paths in the output are relative to the repo root
    runner = CliRunner()
    for name in SETS:
        for output_format in FORMATS:
            path = golden_path(name, output_format)
            with tempfile.TemporaryDirectory() as scratch:
                errors = Path(scratch) / "errors.jsonl"
                result = runner.invoke(app, batch_args(name, output_format, path, errors))
            if result.exit_code != 0:
                print(f"{name}.{output_format}: exit {result.exit_code}\n{result.output}",
                      file=sys.stderr)
                return 1
            print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
