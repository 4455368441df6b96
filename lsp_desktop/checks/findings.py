"""What a check returns: findings with a stable code, and the report of one file."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lsp_desktop.messages.wording import Wording

ERROR = "error"
WARNING = "warning"
INFO = "info"
_RANK = {INFO: 0, WARNING: 1, ERROR: 2}

# Whose rule a finding applies: the circular's, or the app's own advice. The app's rules
# never block "lengkap": an app rule's finding is at most a warning (see Finding).
CIRCULAR = "circular"
APP = "app"
# Rules the circular does not set: it names no NIK, e-mail, phone, MET number, unit code
# shape, package type or picture shape; these are the app's checks, worded as advice.
APP_RULE_CODES = frozenset({
    "assessor.met_format", "assessor.blanko_unlike", "assessor.expiring",
    "package.kind_unknown", "package.no_units", "package.duplicate", "unit.code_format",
    "unit.duplicate", "unit.code_missing", "social.invalid", "social.wrong_site",
    "image.cmyk", "image.too_small", "image.portrait", "image.exif_rotated",
    "pasfoto.not_portrait", "pasfoto.pdf", "pdf.javascript", "pdf.embedded_files",
    "pdf.form", "document.also_elsewhere", "profile.licence_shape",
    "assessor_files.document_problem",
})
APP_RULE_PREFIXES = ("nik.", "email.", "phone.", "whatsapp.")
# A PDF the checks could not open: no fix can read it either, so none is offered (no
# Compress button, no compress advice); its own finding says the next step.
UNOPENED_PDF = frozenset({"pdf.damaged", "pdf.no_pages", "pdf.too_many_pages"})


def rule_source(code: str) -> str:
    """Whose rule a finding's code stands for, when the finding does not say."""
    return APP if code in APP_RULE_CODES or code.startswith(APP_RULE_PREFIXES) else CIRCULAR


@dataclass
class Finding:
    """One thing a check noticed. ``code`` is what tests and the manifest use; the
    message is rendered from it in the user's language."""

    code: str
    severity: str
    values: dict[str, Any] = field(default_factory=dict)
    # "circular" or "app": given where the rule depends on the item (a size limit is the
    # circular's for 2.1, the app's for a 2.11 scan), else read from the code.
    source: str = ""

    def __post_init__(self) -> None:
        if self.source not in (CIRCULAR, APP):
            self.source = rule_source(self.code)
        if self.source == APP and self.severity == ERROR:
            self.severity = WARNING  # advice: it never keeps an item from being ready

    def message(self, lang: str = "id", wording: Wording | None = None) -> str:
        """In ``lang``; items named as ``wording``'s catalogue does (messages/wording.py)."""
        from lsp_desktop.messages import render, rule_note

        text = render(self.code, self.values, lang, wording)
        return text + rule_note(self.source, lang) if self.severity != INFO else text

    def carried(self, prefix: str = "reason") -> dict[str, Any]:
        """This finding said inside another message, as codes (messages/value_shapes): its
        code, values and, as ``message`` adds it, whose rule it is."""
        return {f"{prefix}_code": self.code, f"{prefix}_values": dict(self.values),
                f"{prefix}_source": self.source if self.severity != INFO else ""}

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        """As the command line's and the manifest's JSON show it: whose rule included."""
        return ({"code": self.code, "severity": self.severity, "source": self.source}
                | ({"message": self.message(lang)} if lang else {}))

    def as_app_rule(self) -> Finding:
        """The same finding, as the app's own advice (a rule the circular does not set)."""
        return Finding(self.code, self.severity, self.values, APP)


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
        data["findings"] = [f.to_json(lang) | {"values": f.values} for f in self.findings]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FileReport:
        data = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        data["findings"] = [Finding(f["code"], f["severity"], f.get("values", {}),
                                    f.get("source", ""))
                            for f in data.get("findings", [])]
        return cls(**data)
