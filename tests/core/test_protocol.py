"""The bridge's contract (protocol.py): the replies keep the shapes it declares.

Every reply the bridge gives to the guide's worked examples (every plan example as
``plan`` and ``ics``, every stage's draft from both detail sets, the warm-up request)
and to ``defaults`` must have the declared shape: the keys, no more and no fewer, and
the types of their values. ``tests/site/test_contract.py`` holds the generated
JavaScript to the same declarations and checks the 271 replies of the parity corpus.
These tests run inside Pyodide too.
"""

from __future__ import annotations

import json
from typing import Any

from followup_core import bridge, protocol
from followup_core.bridge import handle
from followup_core.examples import DRAFT_EXAMPLES, PLAN_EXAMPLES, WARM_UP
from followup_core.protocol import OPERATIONS, PROTOCOL_VERSION, BridgeError, mismatches


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


def _defaults() -> Any:
    return json.loads(handle(request("defaults", {})))["result"]


def test_the_bridge_answers_exactly_the_declared_operations() -> None:
    assert set(bridge.OPS) == set(OPERATIONS)
    assert json.loads(handle(request("defaults", {})))["v"] == protocol.PROTOCOL_VERSION


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


def test_error_replies_list_every_bad_field_in_the_declared_shape() -> None:
    bad = request("plan", {"candidate_tz": "Mars/Base", "interview_end": "soon"})
    assert not reply_mismatches(bad)
    assert len(json.loads(handle(bad))["errors"]) >= 2
    assert not reply_mismatches('{"v": 0}')


def test_a_reply_that_departs_from_the_contract_is_caught() -> None:
    good = json.loads(handle(request("mailto", {"subject": "Hi"})))["result"]
    assert not mismatches(good, protocol.Mailto)
    assert mismatches({**good, "extra": 1}, protocol.Mailto) == ["value.extra: not declared"]
    assert mismatches({"url": "x"}, protocol.Mailto) == ["value.too_long: missing"]
    assert mismatches({"url": 1, "too_long": False}, protocol.Mailto) == ["value.url: expected str"]
    assert mismatches(True, int) == ["value: expected a number, got True"]
    assert mismatches([[1, 2, 3]], list[tuple[int, int]]) == ["value.0: expected 2 items"]
