"""Hardware profiles: read from the data file `profiles.json` beside this module."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Profile:
    """A hardware/runtime setting on which targets were measured, and where the data came from."""

    id: str
    name: str
    kind: str  # cpu | gpu | mobile | asic | fpga
    targets: tuple[str, ...]
    provenance: str
    vendor: str = ""
    memory_gb: float | None = None
    modes: tuple[str, ...] = field(default_factory=tuple)

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind, "targets": list(self.targets)}


@cache
def load_profiles() -> dict[str, Profile]:
    raw = json.loads(resources.files("perfhint.models").joinpath("profiles.json").read_text())
    out = {}
    for p in raw["profiles"]:
        p = dict(p, targets=tuple(p["targets"]), modes=tuple(p.get("modes", ())))
        out[p["id"]] = Profile(**p)
    return out
