"""The inline markers the gold-set generators share: `[[label:value]]` in a document's
text becomes a span of `label` over `value`, after checking identifiers that have a check
digit or a fixed format (NHS mod-11, UPN, PNC, Luhn, NI number, vehicle registration)."""

from __future__ import annotations

import re

LABELS = {"name", "address", "postcode", "phone", "email", "date_of_birth", "age", "nhs_number",
          "ni_number", "pnc_id", "upn", "vehicle_registration", "school", "placement",
          "bank_account", "payment_card", "case_id", "other"}
MARKER = re.compile(r"\[\[([a-z_]+):(.+?)\]\]", re.DOTALL)


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def nhs_ok(value: str) -> bool:
    n = _digits(value)
    if len(n) != 10:
        return False
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(n[:9])) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(n[9])


def upn_ok(value: str) -> bool:
    letters = "ABCDEFGHJKLMNPQRTUVWXYZ"
    body = value[1:]
    return (len(value) == 13 and body.isdigit()
            and letters[sum(int(d) * (i + 2) for i, d in enumerate(body)) % 23] == value[0])


def pnc_ok(value: str) -> bool:
    m = re.fullmatch(r"(\d{2})/(\d{1,7})([A-Z])", value)
    return bool(m) and "ZABCDEFGHJKLMNPQRTUVWXY"[int(m[1] + m[2].zfill(7)) % 23] == m[3]


def luhn_ok(value: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(_digits(value))):
        x = int(d) * (2 if i % 2 else 1)
        total += x - 9 if x > 9 else x
    return total % 10 == 0


def ni_ok(value: str) -> bool:
    v = value.replace(" ", "")
    return (bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v))
            and v[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})


def vrm_ok(value: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{2}\d{2} ?[A-Z]{3}", value))


CHECKS = {"nhs_number": nhs_ok, "upn": upn_ok, "pnc_id": pnc_ok, "payment_card": luhn_ok,
          "ni_number": ni_ok, "vehicle_registration": vrm_ok}


def strip_markers(marked: str) -> tuple[str, list[dict]]:
    text, spans, pos, length = [], [], 0, 0
    for m in MARKER.finditer(marked):
        before = marked[pos:m.start()]
        text.append(before)
        length += len(before)
        label, value = m.group(1), m.group(2)
        if label not in LABELS:
            raise ValueError(f"unknown label {label!r} in {m.group(0)!r}")
        if value != value.strip():
            raise ValueError(f"span with outer whitespace: {m.group(0)!r}")
        check = CHECKS.get(label)
        if check is not None and not check(value):
            raise ValueError(f"invalid {label}: {value!r}")
        spans.append({"start": length, "end": length + len(value), "label": label})
        text.append(value)
        length += len(value)
        pos = m.end()
    text.append(marked[pos:])
    out = "".join(text)
    if "[[" in out or "]]" in out:
        raise ValueError(f"unbalanced marker near {out[out.find('[['):][:60]!r}")
    return out, spans
