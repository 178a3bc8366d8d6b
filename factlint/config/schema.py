"""The JSON Schema of rule files, assembled from the shared parts and each check's options.

Each check owns the schema of its ``options`` (``Check.options_schema``); this
module stitches them in with ``if kind == X then options: <X's options schema>``, so
adding a kind never touches this file. ``factlint/schema/rules.schema.json`` is
the same schema written out for editors; a test keeps it current.
"""

from __future__ import annotations

import json
from typing import Any

from ..checks import CHECKS
from ..model import KINDS, SEVERITIES

SCHEMA_ID = "https://raw.githubusercontent.com/factlint/factlint/main/factlint/schema/rules.schema.json"

_DATE = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_NAME = {"type": "string", "minLength": 1}
_NAMES = {"type": "array", "items": _NAME, "uniqueItems": True}

ENTITY_TYPES = ("model", "company", "organisation", "product", "person", "market", "scope", "other")

ENTITY = {
    "type": "object",
    "description": "A thing claims are about: a model, company or organisation, with its names in any script.",
    "required": ["name"],
    "additionalProperties": False,
    "properties": {
        "name": {**_NAME, "description": "Canonical name, used in reports."},
        "aliases": {**_NAMES, "description": "Other spellings: 하이퍼클로바, Hyper CLOVA, …"},
        "wrong": {
            **_NAMES,
            "description": "Misspellings the binder still recognises as this entity; the term check reports them (Face Book).",
        },
        "accepted": {
            **_NAMES,
            "description": "Spellings the term check accepts as correct that need no alias (a case form: Llama for LLaMA).",
        },
        "type": {"enum": list(ENTITY_TYPES)},
        "description": {"type": "string"},
    },
}

ATTRIBUTE = {
    "type": "object",
    "description": "Something a claim states about an entity, recognised by its trigger words.",
    "required": ["name", "triggers", "dimension"],
    "additionalProperties": False,
    "properties": {
        "name": _NAME,
        "triggers": {**_NAMES, "minItems": 1, "description": "Words next to the number: 파라미터, parameters, …"},
        "dimension": {"enum": ["count", "money", "flops", "percent", "bytes", "date", "ratio", "length", "number"]},
        "varies_over_time": {"type": "boolean", "default": False},
        "subjects": {
            "type": "array",
            "items": {"enum": list(ENTITY_TYPES)},
            "uniqueItems": True,
            "description": "Entity types the attribute is stated about, most likely first (parameters: model); empty = any.",
        },
        "whole": {
            **_NAMES,
            "description": (
                "For a share (dimension percent): words naming the whole its percentages are parts of "
                "(training data, 말뭉치). \"BLOOM's training data is 80% web text\" is then this attribute of "
                "BLOOM with the part (web text) as the claim's scope."),
        },
        "description": {"type": "string"},
    },
}

FACT = {
    "type": "object",
    "description": "A reference value with its source; claims outside tolerance are reported.",
    "required": ["entity", "attribute", "value", "source", "as_of"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"},
        "entity": _NAME,
        "attribute": _NAME,
        "value": {"type": "number"},
        "unit": {"type": "string", "description": "ISO currency code for money, '%' for percent, a pint unit otherwise."},
        "tolerance": {"type": "number", "minimum": 0, "description": "Extra relative tolerance (0.01 = 1%)."},
        "source": {**_NAME, "description": "Where the value comes from (paper, press release, URL)."},
        "as_of": _DATE,
        "expires": _DATE,
        "note": {"type": "string"},
    },
}

RATE = {
    "type": "object",
    "description": "A currency rate: 1 unit of the first currency in the second, valid over a date range.",
    "required": ["pair", "rate", "from", "to", "source"],
    "additionalProperties": False,
    "properties": {
        "pair": {"type": "string", "pattern": "^[A-Z]{3}/[A-Z]{3}$"},
        "rate": {"type": "number", "exclusiveMinimum": 0},
        "from": _DATE,
        "to": _DATE,
        "tolerance": {"type": "number", "minimum": 0, "description": "Relative tolerance (0.05 = 5%)."},
        "source": _NAME,
    },
}

MEASURE = {
    "type": "object",
    "description": (
        "One measure in several languages (passengers: 이용객, 승객, passengers). Claims whose discovered "
        "attributes name it meet across languages in the contradiction check's `measures` mode; the words "
        "never bind a figure (they are no triggers)."),
    "required": ["name", "words"],
    "additionalProperties": False,
    "properties": {
        "name": _NAME,
        "words": {**_NAMES, "minItems": 2, "description": "The measure's nouns, in any language (the head of an attribute)."},
        "once": {"type": "boolean", "description": (
            "The words are events that happen once to their entity (its founding, opening, completion: 설립, 개항, "
            "founded, opened): verbal nouns and English past verbs whose dates event-date-contradiction compares "
            "across languages, not nouns a figure measures.")},
        "fixed": {"type": "boolean", "description": (
            "The measure does not change over the years (a lake's surface area): its figures meet whatever year "
            "their articles are of, an undated encyclopedia's too.")},
        "part": {"type": "boolean", "description": (
            "The words name a part of a thing (활주로, runway), not a measure: an attribute of the part and a measure "
            "of size (활주로 길이; a runway of 2,650 metres, whose unit says length) is the measure '<part> <measure>', "
            "runway length, in every language.")},
        "description": {"type": "string"},
    },
}

EXAMPLES = {
    "type": "object",
    "description": "Texts the rule must accept (valid) and must flag (invalid); run with `factlint rules test`.",
    "additionalProperties": False,
    "properties": {
        "valid": {"type": "array", "items": {"type": "string"}},
        "invalid": {"type": "array", "items": {"type": "string"}},
    },
}


def build_schema() -> dict[str, Any]:
    rule: dict[str, Any] = {
        "type": "object",
        "required": ["id", "kind", "description"],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "description": "Unique rule id, kebab-case."},
            "kind": {"enum": list(KINDS), "description": "Which check runs this rule."},
            "severity": {"enum": list(SEVERITIES), "default": "warning"},
            "description": {**_NAME, "description": "What the rule finds."},
            "why": {"type": "string", "description": "Why it matters."},
            "example": {"type": "string", "description": "A sentence the rule flags, for the docs."},
            "enabled": {"type": "boolean", "default": True},
            "options": {"type": "object"},
            "examples": EXAMPLES,
        },
        "allOf": [
            {
                "if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]},
                "then": {"properties": {"options": CHECKS[kind].options_schema}},
            }
            for kind in KINDS
        ],
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "factlint rule file",
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "entities": {"type": "array", "items": {"$ref": "#/$defs/entity"}},
            "attributes": {"type": "array", "items": {"$ref": "#/$defs/attribute"}},
            "facts": {"type": "array", "items": {"$ref": "#/$defs/fact"}},
            "rates": {"type": "array", "items": {"$ref": "#/$defs/rate"}},
            "measures": {"type": "array", "items": {"$ref": "#/$defs/measure"}},
            "rules": {"type": "array", "items": {"$ref": "#/$defs/rule"}},
        },
        "$defs": {"entity": ENTITY, "attribute": ATTRIBUTE, "fact": FACT, "rate": RATE, "measure": MEASURE, "rule": rule},
    }


def schema_text() -> str:
    return json.dumps(build_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
