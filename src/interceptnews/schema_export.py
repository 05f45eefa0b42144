"""Export each config's schema (JSON Schema and a Markdown field table) from the pandera models
and the Arrow types of the release, so that the two never disagree."""
from __future__ import annotations

import json
from typing import Any

import pyarrow as pa

from .records import CONFIG_FEATURES, arrow_schema
from .schema import CONFIG_MODELS


def _json_type(t: pa.DataType) -> dict[str, Any]:
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return {"type": "string"}
    if pa.types.is_integer(t):
        return {"type": "integer"}
    if pa.types.is_boolean(t):
        return {"type": "boolean"}
    if pa.types.is_floating(t):
        return {"type": "number"}
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        return {"type": "array", "items": _json_type(t.value_type)}
    if pa.types.is_struct(t):
        return {"type": "object", "additionalProperties": False, "required": [f.name for f in t],
                "properties": {f.name: _json_type(f.type) for f in t}}
    raise TypeError(f"no JSON Schema type for {t}")


def _check_keywords(column) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for check in column.checks:
        stats = check.statistics or {}
        if check.name == "isin":
            out["enum"] = list(stats["allowed_values"])
        elif check.name == "str_matches":
            out["pattern"] = str(stats["pattern"])
        elif check.name == "str_startswith":
            out["pattern"] = "^" + str(stats["string"])
        elif check.name == "greater_than_or_equal_to":
            out["minimum"] = stats["min_value"]
        elif check.name == "str_length" and stats.get("min_value") is not None:
            out["minLength"] = stats["min_value"]
    return out


def json_schema(config: str) -> dict[str, Any]:
    model = CONFIG_MODELS[config].to_schema()
    arrow = arrow_schema(CONFIG_FEATURES[config])
    props = {}
    for field in arrow:
        col = model.columns[field.name]
        prop = {**_json_type(field.type), "description": col.description, **_check_keywords(col)}
        if col.nullable:
            prop["type"] = [prop["type"], "null"]
            if "enum" in prop:
                prop["enum"] = [*prop["enum"], None]
        if col.unique:
            prop["x-unique"] = True
        props[field.name] = prop
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"InterceptNews `{config}` record",
        "description": (CONFIG_MODELS[config].__doc__ or "").strip(),
        "type": "object",
        "additionalProperties": False,
        "required": [f.name for f in arrow],
        "properties": props,
    }


def _type_label(t: pa.DataType) -> str:
    if pa.types.is_list(t):
        return f"list<{_type_label(t.value_type)}>"
    if pa.types.is_struct(t):
        return "{" + ", ".join(f"{f.name}: {_type_label(f.type)}" for f in t) + "}"
    return str(t)


def field_table(config: str) -> str:
    model = CONFIG_MODELS[config].to_schema()
    lines = ["| field | type | nullable | description |", "|---|---|---|---|"]
    for field in arrow_schema(CONFIG_FEATURES[config]):
        col = model.columns[field.name]
        desc = (col.description or "").replace("|", "\\|")
        lines.append(f"| `{field.name}` | `{_type_label(field.type)}` | {'yes' if col.nullable else 'no'} | {desc} |")
    return "\n".join(lines) + "\n"


def dumps(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
