"""Golden outputs: ``muster batch`` on every gold set and the samples, byte for byte.

The expected files are made only by ``tests/golden/regenerate.py``; a failure here means the
output changed. If that was the point of the change, regenerate and review the diff.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from pipeline.cli import app

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("golden_regenerate", HERE / "golden" / "regenerate.py")
golden = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(golden)


@pytest.mark.parametrize("output_format", golden.FORMATS)
@pytest.mark.parametrize("name", list(golden.SETS))
def test_golden_batch_output_unchanged(name, output_format, runner, cli_extractor, tmp_path,
                                       monkeypatch):
    monkeypatch.chdir(golden.ROOT)
    output = tmp_path / f"{name}.{output_format}"
    result = runner.invoke(app, golden.batch_args(name, output_format, output,
                                                   tmp_path / "errors.jsonl"))
    assert result.exit_code == 0, result.output
    expected = golden.golden_path(name, output_format).read_bytes()
    assert output.read_bytes() == expected, (
        f"{name}.{output_format} differs from tests/golden/; if the change is meant, run "
        "python tests/golden/regenerate.py and review the diff")
