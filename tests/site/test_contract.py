"""The generated JavaScript contract: contract.js is what protocol.py declares, never stale.

``contract.js`` must be exactly what ``sitebuild.contract`` renders from
``followup_core/protocol.py`` (a change to a shape without regenerating fails here),
and every reply the bridge gives to the parity corpus (271 requests, hostile ones
included) must have its operation's declared shape.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from typing import TypedDict

import pytest

from followup_core import protocol
from followup_core.bridge import handle
from followup_core.protocol import OPERATIONS, PROTOCOL_VERSION, BridgeError, Operation, mismatches
from sitebuild import contract, runtime

pytestmark = pytest.mark.site

_PARITY = Path(__file__).resolve().parents[1] / "pyodide" / "parity.py"


def _parity_requests() -> list[str]:
    spec = importlib.util.spec_from_file_location("parity_corpus", _PARITY)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [case.request for case in module.corpus()]


def test_contract_js_is_generated_from_protocol_py() -> None:
    assert contract.CONTRACT_JS.read_text(encoding="utf-8") == contract.render(), (
        "overrides/assets/followup/contract.js is stale: run python -m sitebuild.contract"
    )
    assert contract.main(["--check"]) == 0


def test_a_changed_shape_makes_the_generated_file_stale(monkeypatch: pytest.MonkeyPatch) -> None:
    class AgendaArgs(TypedDict, total=False):
        """The arguments of an operation added later."""

        interview_end: str

    class AgendaResult(TypedDict):
        items: list[str]
        note: str | None

    added = Operation(args=AgendaArgs, result=AgendaResult, summary="An agenda.")
    monkeypatch.setattr(protocol, "OPERATIONS", {**OPERATIONS, "agenda": added})
    rendered = contract.render()
    assert rendered != contract.CONTRACT_JS.read_text(encoding="utf-8")
    assert contract.main(["--check"]) == 1
    assert " * @property {{args: AgendaArgs, result: AgendaResult}} agenda An agenda." in rendered
    assert " * @property {string} [interview_end]" in rendered
    assert " * @property {string | null} note" in rendered
    assert " * @property {string[]} items" in rendered


def test_the_javascript_names_each_vocabulary_and_the_version() -> None:
    rendered = contract.render()
    assert f"export const PROTOCOL_VERSION = {PROTOCOL_VERSION};" in rendered
    channels = '"email" | "linkedin_message" | "linkedin_connection"'
    assert f"/** @typedef {{{channels}}} Channel */" in rendered
    assert " * @property {Channel} [channel]" in rendered
    assert contract.js_type(dict[str, object]) == "Record<string, unknown>"
    with pytest.raises(TypeError, match="no JavaScript type"):
        contract.js_type(set[int])


def test_every_parity_reply_has_the_declared_shape() -> None:
    requests = _parity_requests()
    assert len(requests) > 200
    problems: dict[str, list[str]] = {}
    for req in requests:
        reply = json.loads(handle(req))
        if reply["ok"]:
            shape = OPERATIONS[json.loads(req)["op"]].result
            found = mismatches(reply["result"], shape, "result")
        else:
            found = mismatches(reply["errors"], list[BridgeError], "errors")
            found += mismatches(reply["error"], BridgeError, "error")
        if found:
            problems[req[:80]] = found
    assert not problems


_ASSETS = Path(__file__).resolve().parents[2] / "overrides"


def test_every_page_and_worker_module_is_type_checked() -> None:
    """tsc checks only files that open with ``// @ts-check``: strict typing applies to all."""
    files = [*(_ASSETS / "assets" / "followup").glob("*.js"), _ASSETS / "offline.js"]
    files.append(_ASSETS / "assets" / "followup" / "worker.mjs")
    unchecked = [
        path.name
        for path in files
        if not path.read_text(encoding="utf-8").startswith("// @ts-check\n")
    ]
    assert len(files) > 20
    assert not unchecked, f"not type-checked (no // @ts-check first): {unchecked}"


def test_the_manifest_type_lists_what_the_build_writes() -> None:
    """protocol.js's ``Manifest`` names exactly the keys of runtime.json."""
    text = (_ASSETS / "assets" / "followup" / "protocol.js").read_text(encoding="utf-8")
    block = text[text.index("@typedef {object} Manifest") :].split("*/", 1)[0]
    typed = set(re.findall(r"@property \{[^}]*\} \[?(\w+)", block))
    written = runtime.Runtime(
        pyodide_version="0", pyodide_folder="pyodide", stdlib="stdlib.zip", wheels=()
    ).to_json()
    assert typed == set(written)
