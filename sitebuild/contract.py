"""The bridge's JavaScript types, generated from ``followup_core/protocol.py``.

``contract.js`` (beside the tools' modules) holds the protocol's version as a value and
each operation's arguments and result as JSDoc types, which ``tsc`` checks the page's
and the worker's code against. Run ``python -m sitebuild.contract`` after changing
``protocol.py``; ``--check`` (run by ``tests/site/test_contract.py``) fails while the
file is stale.

Python's shapes map to TypeScript's: ``str`` to ``string``, ``int`` and ``float`` to
``number``, ``bool`` to ``boolean``, ``None`` to ``null``, ``list[X]`` to ``X[]``, a
``tuple`` to a tuple, ``dict[str, X]`` to ``Record<string, X>``, ``object`` to
``unknown``, a ``Literal`` to its values, and each typed dictionary to a typedef of the
same name (a key outside ``__required_keys__`` is optional).
"""

from __future__ import annotations

import json
import sys
import textwrap
import types
import typing
from pathlib import Path
from typing import Final, Literal, Union, get_args, get_origin, get_type_hints

from followup_core import protocol

ROOT: Final = Path(__file__).resolve().parent.parent
#: The generated file (committed, so that tsc and the browser need no build step).
CONTRACT_JS: Final = ROOT / "overrides" / "assets" / "followup" / "contract.js"

_HEADER: Final = """\
// @ts-check
// GENERATED from followup_core/protocol.py by `python -m sitebuild.contract`: do not edit.
// The bridge's contract: the version every request carries, and each operation's
// arguments and result. protocol.js types the messages between page and worker that carry
// them; the tools import these types through JSDoc, which costs no request at start-up.
"""

_SCALARS: Final[dict[object, str]] = {
    str: "string",
    int: "number",
    float: "number",
    bool: "boolean",
    type(None): "null",
    object: "unknown",
}


def _is_typed_dict(shape: object) -> bool:
    return isinstance(shape, type) and typing.is_typeddict(shape)


def js_type(shape: object) -> str:
    """The TypeScript type for one Python annotation.

    Example:
        >>> js_type(list[tuple[int, int]] | None)
        '[number, number][] | null'
    """
    if shape in _SCALARS:
        return _SCALARS[shape]
    for name, vocabulary in protocol.VOCABULARIES.items():
        if shape == vocabulary:
            return name
    if _is_typed_dict(shape):
        return typing.cast("type", shape).__name__
    origin, args = get_origin(shape), get_args(shape)
    if origin is Literal:
        return " | ".join(json.dumps(value) for value in args)
    if origin in (Union, types.UnionType):
        return " | ".join(js_type(arg) for arg in args)
    if origin is list:
        inner = js_type(args[0])
        return f"({inner})[]" if " | " in inner else f"{inner}[]"
    if origin is tuple:
        return "[" + ", ".join(js_type(arg) for arg in args) + "]"
    if origin is dict:
        return f"Record<string, {js_type(args[1])}>"
    raise TypeError(f"protocol.py: no JavaScript type for {shape!r}")


def _nested(shape: object) -> list[type]:
    """The typed dictionaries an annotation names, in order."""
    if _is_typed_dict(shape):
        return [typing.cast("type", shape)]
    return [found for arg in get_args(shape) for found in _nested(arg)]


def _typed_dicts() -> list[type]:
    """Every typed dictionary the contract reaches, each once, in order of first use."""
    order: list[type] = []
    pending: list[type] = [protocol.BridgeError]
    for operation in protocol.OPERATIONS.values():
        pending += [operation.args, operation.result]
    while pending:
        shape = pending.pop(0)
        if shape in order:
            continue
        order.append(shape)
        pending += [n for hint in get_type_hints(shape).values() for n in _nested(hint)]
    return order


def _doc(shape: type) -> list[str]:
    """A docstring as JSDoc lines (reST's double backquotes become Markdown's single ones)."""
    text = " ".join((shape.__doc__ or "").replace("``", "`").split())
    return [f" * {line}" for line in textwrap.wrap(text, 92)]


def _vocabulary(name: str, vocabulary: object) -> str:
    values = " | ".join(json.dumps(value) for value in get_args(vocabulary))
    return f"/** @typedef {{{values}}} {name} */\n"


def _typedef(shape: type) -> str:
    required: frozenset[str] = shape.__required_keys__  # type: ignore[attr-defined]
    lines = ["/**", *_doc(shape), f" * @typedef {{object}} {shape.__name__}"]
    for key, hint in get_type_hints(shape).items():
        name = key if key in required else f"[{key}]"
        lines.append(f" * @property {{{js_type(hint)}}} {name}")
    lines.append(" */")
    return "\n".join(lines)


def render() -> str:
    """The whole of ``contract.js``."""
    version = protocol.PROTOCOL_VERSION
    operations = "\n".join(
        f" * @property {{{{args: {op.args.__name__}, result: {op.result.__name__}}}}} {name}"
        f" {op.summary}"
        for name, op in protocol.OPERATIONS.items()
    )
    parts = [
        _HEADER,
        "/** The protocol's version: every request carries it as `v`. @type {ProtocolVersion} */",
        f"export const PROTOCOL_VERSION = {version};",
        "",
        f"/** @typedef {{{version}}} ProtocolVersion */",
        "",
        *(_vocabulary(name, values) for name, values in protocol.VOCABULARIES.items()),
        *(_typedef(shape) + "\n" for shape in _typed_dicts()),
        "/**\n * Each operation's arguments and result, by name.\n"
        f" * @typedef {{object}} Operations\n{operations}\n */\n",
        "/** @typedef {keyof Operations} Op */\n",
        "/**\n * A bridge request, sent as JSON text.\n * @template {Op} [O=Op]\n"
        ' * @typedef {{v: ProtocolVersion, op: O, args: Operations[O]["args"]}} BridgeRequest\n'
        " */\n",
        "/**\n * A successful reply to operation O.\n * @template {Op} [O=Op]\n"
        ' * @typedef {{v: ProtocolVersion, ok: true, result: Operations[O]["result"]}} OkReply\n'
        " */\n",
        "/**\n * A failed reply: `error` is the first problem, `errors` every bad field at once.\n"
        " * @typedef {{v: ProtocolVersion, ok: false, error: BridgeError,"
        " errors: BridgeError[]}} ErrorReply\n */\n",
        "/**\n * A bridge reply to operation O, received as JSON text.\n * @template {Op} [O=Op]\n"
        " * @typedef {OkReply<O> | ErrorReply} BridgeReply\n */\n",
    ]
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    """Write ``contract.js``; with ``--check``, only say whether it is current."""
    text = render()
    current = CONTRACT_JS.read_text(encoding="utf-8") if CONTRACT_JS.exists() else ""
    if "--check" in argv:
        if current != text:
            print(f"{CONTRACT_JS.relative_to(ROOT)} is stale: run python -m sitebuild.contract")
            return 1
        return 0
    if current != text:
        CONTRACT_JS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
