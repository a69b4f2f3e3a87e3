"""Give Qt objects their ``objectName`` inline.

Object names are how tests, saved layouts (``saveState``) and accessibility
tools find widgets; setting them where the widget is made keeps that in one
place.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

Q = TypeVar("Q", bound=QObject)


def named(obj: Q, name: str) -> Q:
    obj.setObjectName(name)
    return obj
