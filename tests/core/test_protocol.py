"""The bridge's contract: declared once in protocol.py, generated for JavaScript, kept by replies.

``contract.js`` must be exactly what ``sitebuild.contract`` renders from ``protocol.py``
(a change to a shape without regenerating fails here), and every reply the bridge gives
to the parity corpus (271 requests, hostile ones included), the guide's worked examples
and ``defaults`` must have the declared shape: the keys, no more and no fewer, and the
types of their values.
"""

from __future__ import annotations

import importlib.util
import json
import types
import typing
from pathlib import Path
from typing import Any, Literal, TypedDict, Union, get_args, get_origin

import pytest

from followup_core import bridge, protocol
from followup_core.bridge import handle
from followup_core.examples import DRAFT_EXAMPLES, PLAN_EXAMPLES, WARM_UP
from followup_core.protocol import OPERATIONS, PROTOCOL_VERSION, BridgeError, Operation
from sitebuild import contract

_PARITY = Path(__file__).resolve().parents[1] / "pyodide" / "parity.py"


def _parity_requests() -> list[str]:
    spec = importlib.util.spec_from_file_location("parity_corpus", _PARITY)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [case.request for case in module.corpus()]


def mismatches(value: object, shape: object, path: str = "") -> list[str]:
    """Where ``value`` (decoded JSON) departs from ``shape`` (a protocol.py annotation)."""
    here = path or "value"
    if shape is object:
        return []
    if isinstance(shape, type) and typing.is_typeddict(shape):
        if not isinstance(value, dict):
            return [f"{here}: expected an object, got {value!r:.60}"]
        hints = typing.get_type_hints(shape)
        required: frozenset[str] = shape.__required_keys__  # type: ignore[attr-defined]
        problems = [f"{here}.{key}: missing" for key in sorted(required - value.keys())]
        problems += [f"{here}.{key}: not declared" for key in sorted(value.keys() - hints.keys())]
        for key in value.keys() & hints.keys():
            problems += mismatches(value[key], hints[key], f"{here}.{key}")
        return problems
    origin, args = get_origin(shape), get_args(shape)
    if origin is Literal:
        return [] if value in args else [f"{here}: {value!r:.60} is not one of {args}"]
    if origin in (Union, types.UnionType):
        options = [mismatches(value, arg, path) for arg in args]
        return [] if any(not found for found in options) else min(options, key=len)
    if origin in (list, tuple):
        if not isinstance(value, list):
            return [f"{here}: expected a list, got {value!r:.60}"]
        if origin is tuple:
            if len(value) != len(args):
                return [f"{here}: expected {len(args)} items"]
            pairs = list(zip(value, args, strict=True))
        else:
            pairs = [(item, args[0]) for item in value]
        return [
            p for i, (item, arg) in enumerate(pairs) for p in mismatches(item, arg, f"{here}.{i}")
        ]
    if origin is dict:
        if not isinstance(value, dict):
            return [f"{here}: expected an object"]
        return [p for k, item in value.items() for p in mismatches(item, args[1], f"{here}.{k}")]
    if shape is type(None):
        return [] if value is None else [f"{here}: expected null, got {value!r:.60}"]
    if shape is int or shape is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return [] if ok else [f"{here}: expected a number, got {value!r:.60}"]
    if isinstance(shape, type):
        return [] if isinstance(value, shape) else [f"{here}: expected {shape.__name__}"]
    raise TypeError(f"no check for {shape!r}")  # pragma: no cover


def reply_mismatches(request: str) -> list[str]:
    """How one request's reply departs from the contract's reply for its operation."""
    reply = json.loads(handle(request))
    problems = [] if reply.get("v") == PROTOCOL_VERSION else ["v: not the protocol's version"]
    if reply["ok"]:
        op = json.loads(request)["op"]
        problems += mismatches(reply["result"], OPERATIONS[op].result, f"{op}.result")
        problems += [f"extra key {key}" for key in reply.keys() - {"v", "ok", "result"}]
    else:
        problems += mismatches(reply["error"], BridgeError, "error")
        problems += mismatches(reply["errors"], list[BridgeError], "errors")
        problems += [] if reply["error"] == reply["errors"][0] else ["error is not errors[0]"]
        problems += [f"extra key {key}" for key in reply.keys() - {"v", "ok", "error", "errors"}]
    return problems


def request(op: str, args: object) -> str:
    return json.dumps({"v": PROTOCOL_VERSION, "op": op, "args": args})


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


def test_the_bridge_answers_exactly_the_declared_operations() -> None:
    assert set(bridge.OPS) == set(OPERATIONS)


def test_every_parity_reply_has_the_declared_shape() -> None:
    requests = _parity_requests()
    assert len(requests) > 200
    problems = {req[:80]: found for req in requests if (found := reply_mismatches(req))}
    assert not problems


def test_the_worked_examples_and_defaults_have_the_declared_shapes() -> None:
    requests = [request("defaults", {}), WARM_UP]
    for args in PLAN_EXAMPLES.values():
        assert not mismatches(args, protocol.PlanArgs)
        requests += [request("plan", args), request("ics", args)]
    for details in DRAFT_EXAMPLES.values():
        for stage in [choice["id"] for choice in _defaults()["stages"]]:
            args = {"stage": stage, "details": details}
            assert not mismatches(args, protocol.DraftArgs)
            requests.append(request("draft", args))
    for req in requests:
        assert not reply_mismatches(req), req[:120]


def test_a_reply_that_departs_from_the_contract_is_caught() -> None:
    good = json.loads(handle(request("mailto", {"subject": "Hi"})))["result"]
    assert not mismatches(good, protocol.Mailto)
    assert mismatches({**good, "extra": 1}, protocol.Mailto) == ["value.extra: not declared"]
    assert mismatches({"url": "x"}, protocol.Mailto) == ["value.too_long: missing"]
    assert mismatches({"url": 1, "too_long": False}, protocol.Mailto) == ["value.url: expected str"]


def _defaults() -> Any:
    return json.loads(handle(request("defaults", {})))["result"]
