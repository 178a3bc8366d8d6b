"""Plain-data codecs: how summaries and results become bytes for the cache, and come back validated.

Nothing read from disk may run code, so nothing is pickled: a value is written as MessagePack
(through ``msgspec``, which encodes the frozen dataclasses of the data model field by field) and
read back against the type it must have. A stored value that is not exactly such a value — a
damaged blob, another format, a crafted payload — fails that validation and raises
:class:`CodecError`, which the engine treats as a miss. ``msgspec`` does the checking in C, field by
field, and runs each dataclass's ``__post_init__`` (``Span`` rejects a negative span), which is
faster than unpickling and safe by construction.

Exact numbers (``Fraction``) travel as ``[numerator, denominator]``.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Generic, Sequence, TypeVar

import msgspec

T = TypeVar("T")


class CodecError(ValueError):
    """Bytes that do not decode to a value of the expected type."""


def _encode_hook(value: Any) -> Any:
    if isinstance(value, Fraction):
        return (value.numerator, value.denominator)
    raise NotImplementedError(f"cannot encode {type(value).__name__}")


def _decode_hook(kind: type, value: Any) -> Any:
    if kind is Fraction:
        if (
            isinstance(value, list) and len(value) == 2 and type(value[0]) is int and type(value[1]) is int
            and value[1] > 0
        ):
            return Fraction(value[0], value[1])
        raise ValueError("not an exact number")
    raise NotImplementedError(f"cannot decode {kind!r}")


_ENCODER = msgspec.msgpack.Encoder(enc_hook=_encode_hook)


class MessagePack(Generic[T]):
    """Values of one type to bytes and back; ``decode`` accepts only what ``encode`` makes."""

    def __init__(self, kind: Any) -> None:
        self.kind = kind
        self._decoder: msgspec.msgpack.Decoder[T] = msgspec.msgpack.Decoder(kind, dec_hook=_decode_hook)

    def encode(self, value: T) -> bytes:
        return _ENCODER.encode(value)

    def decode(self, data: bytes) -> T:
        try:
            return self._decoder.decode(data)
        except (msgspec.DecodeError, msgspec.ValidationError, ValueError, TypeError, OverflowError) as exc:
            raise CodecError(str(exc)) from None

    def decode_many(self, blobs: Sequence[bytes]) -> list[T | None]:
        """Each of ``blobs`` decoded, None where it does not decode."""
        out: list[T | None] = []
        for blob in blobs:
            try:
                out.append(self._decoder.decode(blob))
            except (msgspec.DecodeError, msgspec.ValidationError, ValueError, TypeError, OverflowError):
                out.append(None)
        return out
