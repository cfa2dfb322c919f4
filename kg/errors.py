"""One root error for the project, with messages that tell the user what to do.

Example:
    >>> err = KGError("no input found in 'x/'", hint="give a file or folder of .txt/.md/.html/.jsonl")
    >>> str(err)
    "no input found in 'x/' (give a file or folder of .txt/.md/.html/.jsonl)"
"""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error newskg raises on purpose."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        self.message = message
        self.hint = hint
        super().__init__(f"{message} ({hint})" if hint else message)


class InputError(KGError):
    """An input cannot be read as an article (the build skips it and goes on)."""


class ModelError(KGError):
    """The spaCy model cannot be loaded."""


class ExportError(KGError):
    """An output file cannot be written."""


class GraphError(KGError):
    """A built graph cannot be read (missing or malformed graph.ttl)."""


class GoldError(KGError):
    """A gold file is not in the format of relations.md."""


class MissingExtraError(KGError):
    """An optional dependency is not installed."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(
            f"this feature needs the package {package!r}",
            hint=f"install it with: pip install 'newskg[{extra}]'",
        )


def choices_message(name: str, value: object, valid: object) -> str:
    """Format a ValueError-style message naming the argument, the value and the choices.

    Example:
        >>> choices_message("format", "xml", ["table", "csv", "json"])
        "invalid format 'xml'; choose one of: table, csv, json"
    """
    return f"invalid {name} {value!r}; choose one of: {', '.join(map(str, valid))}"
