"""Where checkpoints live, and what can be read from one without loading torch.

A checkpoint is a directory: `config.json` (architecture, encoder reference, number format,
targets, profiles, modes), `model.safetensors`, `card.md`. No pickles.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

DEFAULT_CHECKPOINT = Path(__file__).resolve().parent / "default"
ENV_VAR = "PERFHINT_MODEL"


class CheckpointError(ValueError):
    """A checkpoint that is missing, corrupt or does not match this code."""


def resolve(model_dir: str | os.PathLike | None) -> Path:
    """The checkpoint directory to use: the argument, else $PERFHINT_MODEL, else the default."""
    path = Path(model_dir or os.environ.get(ENV_VAR) or DEFAULT_CHECKPOINT)
    if not (path / "config.json").is_file():
        raise CheckpointError(
            f"no checkpoint at {path} (config.json missing); "
            "pass --model DIR or train one with `perfhint train`"
        )
    return path


def read_config(model_dir: str | os.PathLike | None) -> dict:
    path = resolve(model_dir)
    try:
        return json.loads((path / "config.json").read_text())
    except (OSError, json.JSONDecodeError) as e:
        raise CheckpointError(f"corrupt checkpoint config {path / 'config.json'}: {e}") from e


def known_profiles(model_dir: str | os.PathLike | None) -> list[dict]:
    """Profiles the checkpoint was trained on, with the data file's names and kinds."""
    from perfhint.models.profiles import load_profiles

    config = read_config(model_dir)
    table = load_profiles()
    rows = []
    for pid in config["model"]["profiles"]:
        info = table.get(pid)
        rows.append(
            {
                "id": pid,
                "name": info.name if info else pid,
                "kind": info.kind if info else "unknown",
                "targets": list(config.get("profile_targets", {}).get(pid, [])),
            }
        )
    return rows
