"""Shared fixtures: paths to the project, the shared real samples (skip when absent), and the demo data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = Path(os.environ.get("CONVERSA_SAMPLES") or ROOT.parent / "shared" / "samples")  # env: worktrees
SAMPLE_DATA = ROOT / "sample_data"


@pytest.fixture(scope="session")
def samples() -> Path:
    """The real platform exports in ../shared/samples; tests using it skip when the folder is absent."""
    if not SAMPLES.is_dir():
        pytest.skip("../shared/samples is not present beside the project")
    return SAMPLES
