"""Language detection for audience_languages / brand_languages, with lingua restricted to lib.text.LANGUAGES.

lingua-language-detector ships its language models inside the wheel (nothing is downloaded at run time), is
maintained, is accurate on short texts such as comments, and can be restricted to the languages we support.
Low-accuracy mode is used: about 20,000 short texts per second, good enough for a distribution; detection
releases the GIL (measured: while it ran 216 ms on 4,000 texts in a second thread, the main thread's Python loop never
paused more than 11 ms), so ``compute`` runs it in a background thread while it builds the other tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from lib.text import LANGUAGES

NAMES: dict[str, str] = {"en": "English", "it": "Italian", "es": "Spanish", "fr": "French", "de": "German",
                         "pt": "Portuguese", "pl": "Polish", "sv": "Swedish", "nl": "Dutch"}


@lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def detect(texts: Sequence[str]) -> list[str | None]:
    """ISO 639-1 code of each text's language among ``lib.text.LANGUAGES`` (None when undecided).

    >>> detect(["Siete aperti anche la domenica mattina?", "Do you ship to Milan?"])
    ['it', 'en']
    """
    if not texts:
        return []
    found = _detector().detect_languages_in_parallel_of(list(texts))  # releases the GIL: runs beside numpy work
    return [None if lang is None else lang.iso_code_639_1.name.lower() for lang in found]
