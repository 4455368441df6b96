"""What a check returns: findings with a stable code, and the report of one file."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

ERROR = "error"
WARNING = "warning"
INFO = "info"
_RANK = {INFO: 0, WARNING: 1, ERROR: 2}


@dataclass
class Finding:
    """One thing a check noticed. ``code`` is what tests and the manifest use; the
    message is rendered from it in the user's language."""

    code: str
    severity: str
    values: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str = "id") -> str:
        from lsp_desktop.messages import render

        return render(self.code, self.values, lang)


def verdict_of(findings: list[Finding]) -> str:
    worst = max((_RANK[f.severity] for f in findings), default=0)
    return {0: "ok", 1: "warning", 2: "error"}[worst]


@dataclass(eq=False)
class FileReport:
    """Everything the checks learned about one file."""

    path: str
    name: str
    requirement: str | None
    size: int
    sha256: str | None = None
    format: str = "unknown"
    pages: int | None = None
    width: int | None = None
    height: int | None = None
    encrypted: bool | None = None
    color_mode: str | None = None
    exif_orientation: int | None = None
    findings: list[Finding] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        return verdict_of(self.findings)

    def has(self, code: str) -> bool:
        return any(f.code == code for f in self.findings)

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        data = asdict(self)
        data["verdict"] = self.verdict
        data["findings"] = [
            {"code": f.code, "severity": f.severity, "values": f.values}
            | ({"message": f.message(lang)} if lang else {})
            for f in self.findings
        ]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FileReport:
        data = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        data["findings"] = [Finding(f["code"], f["severity"], f.get("values", {}))
                            for f in data.get("findings", [])]
        return cls(**data)
